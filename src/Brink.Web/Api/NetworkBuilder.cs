using Brink.Store;
using Brink.Web.Data;

namespace Brink.Web.Api;

/// <summary>The actor network of a period: the busiest directed dyads with their conflict and cooperation counts.</summary>
internal static class NetworkBuilder
{
    public static NetworkView Build(EventStore store, ActorNames names, DateOnly? from, DateOnly? to, int edges)
    {
        // Without an end date the period ends on the busiest dyads' latest day.
        var last = to ?? store.Dyads(edges * 2) switch { { Count: > 0 } d => d.Max(x => x.Last), _ => (DateOnly?)null };
        if (last is null) return new NetworkView(from, to, [], []);
        var first = from ?? last.Value.AddDays(-29);
        var top = store.DyadEdges(first, last.Value, edges)
            .Select(e => new NetworkEdge(e.Actor, e.Recipient, (int)e.Reports, (int)e.Conflict, (int)e.Cooperation, Math.Round(e.MeanScore, 2))).ToList();
        var nodes = top.SelectMany(e => new[] { (e.Actor, e.Reports), (e.Recipient, e.Reports) })
            .GroupBy(x => x.Item1).Select(g => new NetworkNode(g.Key, names.Name(g.Key), g.Sum(x => (long)x.Item2)))
            .OrderByDescending(n => n.Reports).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        return new NetworkView(first, last.Value, nodes, top);
    }
}
