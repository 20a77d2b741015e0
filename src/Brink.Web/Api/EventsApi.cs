using Brink.Store;
using Brink.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Brink.Web.Api;

/// <summary>GET /api/events: merged events with filters and paging (the event table).</summary>
internal static class EventsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/events", (StorePool pool, ViewCache cache, string? actor, string? recipient, string? type, string? modality, string? from,
                string? to, string? named, string? limit, string? offset) =>
            {
                var q = new EventQuery
                {
                    Actor = QueryArgs.Party(actor, "actor"),
                    Recipient = QueryArgs.Party(recipient, "recipient"),
                    EventType = QueryArgs.EventType(type, "type"),
                    Modality = QueryArgs.Modality(modality, "modality"),
                    From = QueryArgs.Date(from, "from"),
                    To = QueryArgs.Date(to, "to"),
                    NamedSourcesOnly = QueryArgs.Flag(named, "named"),
                    Limit = QueryArgs.Int(limit, "limit", 50, 1, 500),
                    Offset = QueryArgs.Int(offset, "offset", 0, 0, 10_000_000),
                };
                QueryArgs.Range(q.From, q.To);
                // The total does not change from page to page; counting a large store is the slow part, so it is remembered.
                long total = cache.Get("count:" + (q with { Limit = 0, Offset = 0 }), () => pool.Use(s => s.CountEvents(q)));
                var events = pool.Use(s => s.Events(q));
                return new EventPage(total, q.Limit, q.Offset, events.Select(Row).ToList());
            })
            .WithName("ListEvents")
            .WithSummary("Merged events, newest first, filtered by actor, recipient, type, modality, date range and sourcing; paged by limit and offset.")
            .Produces<EventPage>().ProducesProblem(400);
    }

    private static EventRow Row(StoredEvent e)
    {
        var sources = new List<ReportRef>(e.Reports.Count);
        string? quad = null;
        double? score = null;
        bool named = false;
        foreach (var r in e.Reports)
        {
            var rec = RecordJson.Parse(r.RecordJson);
            quad ??= RecordJson.String(rec, "quad");
            score ??= RecordJson.Number(rec, "score");
            named |= RecordJson.NamedSource(rec);
            sources.Add(new ReportRef(r.Id, r.ArticleId, r.Title, r.Outlet, r.Published, r.Modality, RecordJson.Text(rec, "trigger"),
                RecordJson.Text(rec, "sentence"), RecordJson.Speaker(rec), r.ArticleKey, r.ReportKey));
        }
        return new EventRow(e.Key, e.EventType, e.ActorKey, e.RecipientKey, e.Date, e.DateEnd, e.DatePrecision, e.LocationCountry, quad, score,
            e.ReportCount, e.ArticleCount, e.OutletCount, named, sources);
    }
}
