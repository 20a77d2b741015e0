using System.Text.Json;
using Brink.Store.Backends;
using Brink.Store.DayTable;

namespace Brink.Store;

public sealed partial class EventStore
{
    // More stale events than this (a store just migrated to the day table) make every dyad stale without looking further.
    private const int ManyStale = 1000;

    /// <summary>
    /// The day rows of a directed dyad within [from, to] (null: open), oldest first, only days with events; null when the
    /// day table is not current for the dyad (events of it are stale), so the caller reads reports instead.
    /// </summary>
    public IReadOnlyList<DyadDayRow>? DyadDays(string actor, string recipient, DateOnly? from = null, DateOnly? to = null) => Guard(() =>
    {
        var rows = new List<DyadDayRow>();
        bool fresh = true;
        // One statement, so the freshness check and the rows come from the same snapshot. CROSS JOIN keeps SQLite from
        // walking the dyad's rows to probe a stale table that is nearly always empty.
        Sql.Rows(_connection, null,
            "SELECT f.fresh, d.day, d.events, d.weight, d.score_sum, d.type_counts, d.quad_counts FROM (SELECT CASE " +
            "WHEN NOT EXISTS (SELECT 1 FROM stale_events) THEN 1 " +
            $"WHEN (SELECT COUNT(*) FROM (SELECT 1 FROM stale_events LIMIT {ManyStale}) x) >= {ManyStale} THEN 0 " +
            "WHEN EXISTS (SELECT 1 FROM stale_events s CROSS JOIN dyad_events de WHERE de.event_key = s.event_key AND de.actor = @p0 AND de.recipient = @p1) THEN 0 " +
            "WHEN EXISTS (SELECT 1 FROM stale_events s CROSS JOIN reports r CROSS JOIN dyad_reports dr " +
            // "|| ''" keeps SQLite from searching the dyad's rows by (actor, recipient) for each stale report instead of its own row.
            "WHERE r.event_key = s.event_key AND dr.report_id = r.id AND dr.actor || '' = @p0 AND dr.recipient || '' = @p1) THEN 0 ELSE 1 END AS fresh) f " +
            "LEFT JOIN dyad_days d ON f.fresh = 1 AND d.actor = @p0 AND d.recipient = @p1 AND d.day >= @p2 AND d.day <= @p3 ORDER BY d.day",
            [actor, recipient, from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue],
            r =>
            {
                if (Sql.Long(r[0]) == 0) { fresh = false; return; }
                if (r[1] is null) return;
                rows.Add(new DyadDayRow(Sql.Day(r[1])!.Value, (int)Sql.Long(r[2]), Convert.ToDouble(r[3]), Convert.ToDouble(r[4]),
                    new DayCounts((string)r[5]!), new DayCounts((string)r[6]!)));
            });
        return fresh ? rows : (IReadOnlyList<DyadDayRow>?)null;
    });

    /// <summary>The dyad's events on <paramref name="days"/> with their digests (by the day table), ordered by day and key.</summary>
    public IReadOnlyList<DyadDayEvent> DyadDayEvents(string actor, string recipient, IReadOnlyList<DateOnly> days) => Guard(() =>
    {
        var list = new List<DyadDayEvent>();
        foreach (var chunk in days.Distinct().Order().Chunk(100))
            Sql.Rows(_connection, null,
                "SELECT day, event_key, event_type, quad, score, weight, reports, articles, outlets, modality, description FROM dyad_events " +
                $"WHERE actor = @p0 AND recipient = @p1 AND day IN ({Sql.Parameters(2, chunk.Length)})",
                [actor, recipient, .. chunk.Cast<object?>()],
                r => list.Add(new DyadDayEvent(Sql.Day(r[0])!.Value, (string)r[1]!, (string)r[2]!, (string?)r[3], r[4] is null ? null : Convert.ToDouble(r[4]),
                    new EventDigest(Convert.ToDouble(r[5]), (int)Sql.Long(r[6]), (int)Sql.Long(r[7]), JsonSerializer.Deserialize<List<string>>((string)r[8]!)!,
                        (string)r[9]!, (string)r[10]!))));
        return (IReadOnlyList<DyadDayEvent>)list.OrderBy(e => e.Day).ThenBy(e => e.EventKey, StringComparer.Ordinal).ToList();
    });

    /// <summary>How many events wait for their day rows (after a migration, or writes by a store opened without the event rule).</summary>
    public long StaleEventCount() => Guard(() => Sql.Scalar(_connection, null, "SELECT COUNT(*) FROM stale_events"));

    /// <summary>
    /// Brings up to <paramref name="maxEvents"/> stale events into the day table in one transaction, in date order (so each
    /// step sums a few weeks of days, not days all over the store); returns how many it took. Needs the event rule.
    /// </summary>
    public int RefreshStaleDays(int maxEvents = 20_000)
    {
        var days = _days ?? throw new InvalidOperationException("This store was opened without the event rule; it cannot fill the day table.");
        return Guard(() =>
        {
            using var tx = _dialect.Begin(_connection);
            var keys = new List<string>();
            Sql.Rows(_connection, tx,
                "SELECT s.event_key FROM stale_events s LEFT JOIN events e ON e.event_key = s.event_key ORDER BY e.date_start, s.event_key LIMIT @p0",
                [maxEvents], r => keys.Add((string)r[0]!));
            // Writers re-merging one of these events hold its group's lock (MergeUpdater): take the same locks, in the same order.
            var groups = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var chunk in keys.Chunk(400))
                Sql.Rows(_connection, tx, $"SELECT event_type, actor_key FROM events WHERE event_key IN ({Sql.Parameters(0, chunk.Length)})",
                    chunk.Cast<object?>().ToArray(), r => groups.Add($"{r[0]}|{r[1]}"));
            foreach (var g in groups) _dialect.LockGroup(_connection, tx, g);
            days.Refresh(_connection, tx, keys);
            tx.Commit();
            if (keys.Count > 0 && keys.Count < maxEvents) _dialect.Reclaim(_connection, "stale_events");
            return keys.Count;
        });
    }
}
