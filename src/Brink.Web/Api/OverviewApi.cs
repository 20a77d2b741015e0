using Brink.Store;
using Brink.Web.Data;
using Brink.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Brink.Web.Api;

/// <summary>Whole-store views: the summary line, the parties, and the actor network of a period.</summary>
internal static class OverviewApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/summary", (StorePool pool, ViewCache cache, BindingPolicy binding) => cache.Get("summary", () => pool.Use(s =>
            {
                var c = s.Counts();
                var dyads = s.Dyads(1);
                DateOnly? last = dyads.Count > 0 ? dyads[0].Last : null;
                return new SummaryView(s.Backend, c.Articles, c.Reports, c.Events, c.Dyads, last, binding.WritesNeedKey,
                    binding.StoreReadOnly || binding.ApiKey is null && binding.WritesNeedKey);
            })))
            .WithName("Summary").WithSummary("Store backend and counts, and whether writes need the API key.")
            .Produces<SummaryView>();

        api.MapGet("/actors", (StorePool pool, ViewCache cache) => cache.Get("actors", () => pool.Use(s => Actors(s.Dyads(5000)))))
            .WithName("ListActors").WithSummary("Parties of the stored dyads with their report counts as actor and as recipient.")
            .Produces<IReadOnlyList<ActorRow>>();

        api.MapGet("/network", (StorePool pool, ViewCache cache, ActorNames names, string? from, string? to, string? edges) =>
            {
                var (f, t) = (QueryArgs.Date(from, "from"), QueryArgs.Date(to, "to"));
                QueryArgs.Range(f, t);
                int n = QueryArgs.Int(edges, "edges", 40, 1, 200);
                return cache.Get($"network:{f}:{t}:{n}", () => pool.Use(s => NetworkBuilder.Build(s, names, f, t, n)));
            })
            .WithName("Network").WithSummary("Who acts on whom in [from, to] (default: the last 30 days with data): parties and edges with conflict and cooperation counts.")
            .Produces<NetworkView>().ProducesProblem(400);
    }

    private static List<ActorRow> Actors(IReadOnlyList<DyadSummary> dyads)
    {
        var asActor = new Dictionary<string, long>(StringComparer.Ordinal);
        var asRecipient = new Dictionary<string, long>(StringComparer.Ordinal);
        var partners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var d in dyads)
        {
            asActor[d.Actor] = asActor.GetValueOrDefault(d.Actor) + d.Reports;
            asRecipient[d.Recipient] = asRecipient.GetValueOrDefault(d.Recipient) + d.Reports;
            (partners.TryGetValue(d.Actor, out var p) ? p : partners[d.Actor] = []).Add(d.Recipient);
            (partners.TryGetValue(d.Recipient, out var q) ? q : partners[d.Recipient] = []).Add(d.Actor);
        }
        return partners.Keys.Select(k => new ActorRow(k, asActor.GetValueOrDefault(k), asRecipient.GetValueOrDefault(k), partners[k].Count))
            .OrderByDescending(a => a.AsActor + a.AsRecipient).ThenBy(a => a.Code, StringComparer.Ordinal).ToList();
    }
}
