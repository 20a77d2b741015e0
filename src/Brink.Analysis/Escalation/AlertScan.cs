using Brink.Store;

namespace Brink.Analysis;

/// <summary>Finds the alerts of every active dyad in a store.</summary>
public static class AlertScan
{
    /// <summary>Alerts on or after <paramref name="since"/> in the <paramref name="maxDyads"/> most reported dyads, newest first.</summary>
    /// <param name="store">The store the dyads are listed from.</param>
    /// <param name="since">The first day of interest (default: each dyad's first day).</param>
    /// <param name="maxDyads">How many of the most reported dyads to examine.</param>
    /// <param name="settings">The index and alert settings.</param>
    /// <param name="openReader">
    /// Opens another connection to the same store: with it the dyads' series are built on all cores, each
    /// worker on its own connection (an EventStore is one connection and not thread-safe). Without it, one by one.
    /// </param>
    public static IReadOnlyList<Alert> Run(EventStore store, DateOnly? since, int maxDyads = 500, EscalationSettings? settings = null,
        Func<EventStore>? openReader = null)
    {
        var dyads = store.Dyads(maxDyads).Where(d => since is not { } s || d.Last >= s).ToList();
        var found = new IReadOnlyList<Alert>[dyads.Count];
        IReadOnlyList<Alert> AlertsOf(EventStore s, int i) =>
            DyadSeries.Load(s, dyads[i].Actor, dyads[i].Recipient, since ?? dyads[i].First, dyads[i].Last, settings).Alerts;
        if (openReader is null)
            for (int i = 0; i < dyads.Count; i++) found[i] = AlertsOf(store, i);
        else
            Parallel.For(0, dyads.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, openReader,
                (i, _, reader) => { found[i] = AlertsOf(reader, i); return reader; }, reader => reader.Dispose());
        // Dyads keep their order before the stable sort, so the parallel scan lists alerts exactly as the serial one.
        return found.SelectMany(a => a).OrderByDescending(a => a.Day).ThenByDescending(a => a.ZScore).ToList();
    }
}
