using Brink.Store;

namespace Brink.Web.Api;

/// <summary>
/// The actor network of a period, from the busiest dyads' reports. The store has no per-period aggregate by
/// quad, so each of the top dyads' reports in the period is read (bounded by <c>edges</c>).
/// </summary>
internal static class NetworkBuilder
{
    public static NetworkView Build(EventStore store, DateOnly? from, DateOnly? to, int edges)
    {
        // The dyad list covers all time; more candidates than edges are read since some are quiet in the period.
        var dyads = store.Dyads(edges * 2);
        if (dyads.Count == 0) return new NetworkView(from, to, [], []);
        var last = to ?? dyads.Max(d => d.Last);
        var first = from ?? last.AddDays(-29);
        var list = new List<NetworkEdge>();
        foreach (var d in dyads)
        {
            if (d.Last < first || d.First > last) continue;
            var reports = store.DyadReports(d.Actor, d.Recipient, first, last);
            if (reports.Count == 0) continue;
            int conflict = 0, cooperation = 0;
            double score = 0;
            foreach (var r in reports)
            {
                if (r.Quad is "verbal_conflict" or "material_conflict") conflict++;
                else if (r.Quad is "verbal_cooperation" or "material_cooperation") cooperation++;
                score += r.Score ?? 0;
            }
            list.Add(new NetworkEdge(d.Actor, d.Recipient, reports.Count, conflict, cooperation, Math.Round(score / reports.Count, 2)));
        }
        var top = list.OrderByDescending(e => e.Reports).ThenBy(e => e.Actor, StringComparer.Ordinal).ThenBy(e => e.Recipient, StringComparer.Ordinal).Take(edges).ToList();
        var nodes = top.SelectMany(e => new[] { (e.Actor, e.Reports), (e.Recipient, e.Reports) })
            .GroupBy(x => x.Item1).Select(g => new NetworkNode(g.Key, g.Sum(x => (long)x.Item2)))
            .OrderByDescending(n => n.Reports).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        return new NetworkView(first, last, nodes, top);
    }
}
