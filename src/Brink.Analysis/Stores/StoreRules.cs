using Brink.Store;

namespace Brink.Analysis;

/// <summary>Opens stores with Brink's own rules: writes merge reports into events and keep the day table current.</summary>
public static class StoreRules
{
    /// <summary>Opens (creating or migrating) <paramref name="db"/> with the merge and event rules.</summary>
    public static EventStore Open(string db, StoreOptions? options = null) => EventStore.Open(db, new ReportMerger(), options, EventRule.Instance);

    /// <summary>
    /// Fills the day rows of every stale event (a store just migrated to the day table holds all its events stale), a step
    /// per transaction so other writers get their turn; <paramref name="progress"/> sees the running total. Returns it.
    /// </summary>
    public static long RefreshDayTable(EventStore store, Action<long>? progress = null)
    {
        long done = 0;
        for (int n; (n = store.RefreshStaleDays()) > 0;)
        {
            done += n;
            progress?.Invoke(done);
        }
        return done;
    }
}
