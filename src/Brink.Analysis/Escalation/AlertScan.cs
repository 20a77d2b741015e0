using Brink.Store;

namespace Brink.Analysis;

/// <summary>Finds the alerts of every active dyad in a store.</summary>
public static class AlertScan
{
    /// <summary>Alerts on or after <paramref name="since"/> in the <paramref name="maxDyads"/> most reported dyads, newest first.</summary>
    public static IReadOnlyList<Alert> Run(EventStore store, DateOnly? since, int maxDyads = 500, EscalationSettings? settings = null)
    {
        var alerts = new List<Alert>();
        foreach (var dyad in store.Dyads(maxDyads))
        {
            if (since is { } s && dyad.Last < s) continue;
            var series = DyadSeries.Load(store, dyad.Actor, dyad.Recipient, since ?? dyad.First, dyad.Last, settings);
            alerts.AddRange(series.Alerts);
        }
        return alerts.OrderByDescending(a => a.Day).ThenByDescending(a => a.ZScore).ToList();
    }
}
