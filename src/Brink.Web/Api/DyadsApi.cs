using Brink.Analysis;
using Brink.Store;
using Brink.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Brink.Web.Api;

/// <summary>Dyads, their escalation series, the events behind a day, and alerts across the busiest dyads.</summary>
internal static class DyadsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/dyads", (StorePool pool, ViewCache cache, string? limit) =>
            {
                int n = QueryArgs.Int(limit, "limit", 100, 1, 2000);
                return cache.Get("dyads:" + n, () => pool.Use(s => s.Dyads(n)));
            })
            .WithName("ListDyads").WithSummary("Directed dyads (actor, recipient), most reported first, with their date ranges.")
            .Produces<IReadOnlyList<DyadSummary>>().ProducesProblem(400);

        api.MapGet("/dyads/{actor}/{recipient}/series", (StorePool pool, string actor, string recipient, string? from, string? to) =>
            {
                string a = QueryArgs.Party(actor, "actor")!, b = QueryArgs.Party(recipient, "recipient")!;
                var (f, t) = (QueryArgs.Date(from, "from"), QueryArgs.Date(to, "to"));
                QueryArgs.Range(f, t);
                if (f is { } ff && t is { } tt && tt.DayNumber - ff.DayNumber > 3660) QueryArgs.Fail("to", "A series covers at most ten years; narrow 'from' and 'to'.");
                // Not cached: the day table makes a series a read of one row per day, and a cache would serve another process's writes late.
                return pool.Use(s => Series(DyadSeries.Load(s, a, b, f, t), Crisis.Stored(s, a, b)));
            })
            .WithName("DyadSeries").WithSummary("A directed dyad's daily escalation index, z-scores and alerts over [from, to], and the stored crisis onsets of the dyad (either direction) in that range.")
            .Produces<SeriesView>().ProducesProblem(400);

        api.MapGet("/dyads/{actor}/{recipient}/days/{day}", (StorePool pool, string actor, string recipient, string day) =>
            {
                string a = QueryArgs.Party(actor, "actor")!, b = QueryArgs.Party(recipient, "recipient")!;
                var d = QueryArgs.Date(day, "day")!.Value;
                return new DayEvents(a, b, d, pool.Use(s => s.DyadReports(a, b, d, d)));
            })
            .WithName("DyadDay").WithSummary("The reports behind one day (one chart point) of a directed dyad.")
            .Produces<DayEvents>().ProducesProblem(400);

        api.MapGet("/alerts", (StorePool pool, ViewCache cache, string? from, string? to, string? dyads) =>
            {
                var (f, t) = (QueryArgs.Date(from, "from"), QueryArgs.Date(to, "to"));
                QueryArgs.Range(f, t);
                int n = QueryArgs.Int(dyads, "dyads", 20, 1, 200);
                return cache.Get($"alerts:{f}:{t}:{n}", () => Alerts(pool, f, t, n));
            })
            .WithName("ListAlerts").WithSummary("Alerts of the busiest dyads in [from, to] (default: the last 90 days with data), newest first.")
            .Produces<IReadOnlyList<Alert>>().ProducesProblem(400);
    }

    internal static SeriesView Series(DyadSeries s, IReadOnlyList<Crisis> crises) =>
        new(s.Actor, s.Recipient, s.From, s.To,
            s.Days.Select(d => new SeriesPoint(d.Day, d.Events, Math.Round(d.Weight, 3), Math.Round(d.Index, 3), d.ZScore is { } z ? Math.Round(z, 2) : null,
                d.Alert?.Direction, Count(d.QuadCounts, "verbal_conflict", "material_conflict"), Count(d.QuadCounts, "verbal_cooperation", "material_cooperation"))).ToList(),
            s.Alerts, crises.Where(c => c.Onset >= s.From && c.Onset <= s.To).ToList());

    private static int Count(IReadOnlyDictionary<string, int> quads, string a, string b) => quads.GetValueOrDefault(a) + quads.GetValueOrDefault(b);

    private static List<Alert> Alerts(StorePool pool, DateOnly? from, DateOnly? to, int n)
    {
        var dyads = pool.Use(s => s.Dyads(n));
        if (dyads.Count == 0) return [];
        var last = to ?? dyads.Max(d => d.Last);
        var first = from ?? last.AddDays(-89);
        // Each dyad's series is independent: they are built on all cores, each with its own pooled store.
        var alerts = new IReadOnlyList<Alert>[dyads.Count];
        Parallel.For(0, dyads.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => alerts[i] = pool.Use(s => DyadSeries.Load(s, dyads[i].Actor, dyads[i].Recipient, first, last).Alerts));
        return alerts.SelectMany(a => a).OrderByDescending(a => a.Day).ThenByDescending(a => Math.Abs(a.ZScore)).ToList();
    }
}
