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
            "WHERE r.event_key = s.event_key AND dr.report_id = r.id AND dr.actor = @p0 AND dr.recipient = @p1) THEN 0 ELSE 1 END AS fresh) f " +
            "LEFT JOIN dyad_days d ON f.fresh = 1 AND d.actor = @p0 AND d.recipient = @p1 AND d.day >= @p2 AND d.day <= @p3 ORDER BY d.day",
            [actor, recipient, from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue],
            r =>
            {
                if (Sql.Long(r[0]) == 0) { fresh = false; return; }
                if (r[1] is null) return;
                rows.Add(new DyadDayRow(Sql.Day(r[1])!.Value, (int)Sql.Long(r[2]), Convert.ToDouble(r[3]), Convert.ToDouble(r[4]),
                    DayCounts.Read((string)r[5]!), DayCounts.Read((string)r[6]!)));
            });
        return fresh ? rows : (IReadOnlyList<DyadDayRow>?)null;
    });

    /// <summary>Every report of the dyad's events on <paramref name="days"/> (by the day table), ordered by day and report id.</summary>
    public IReadOnlyList<DyadReport> DyadDayReports(string actor, string recipient, IReadOnlyList<DateOnly> days) => Guard(() =>
    {
        var list = new List<DyadReport>();
        foreach (var chunk in days.Distinct().Order().Chunk(100))
        {
            var args = new object?[] { actor, recipient }.Concat(chunk.Cast<object?>()).ToArray();
            using var cmd = Sql.Command(_connection, null,
                $"SELECT {DyadReportColumns("de.day")} FROM dyad_events de JOIN reports r ON r.event_key = de.event_key JOIN articles a ON a.id = r.article_id " +
                $"WHERE de.actor = @p0 AND de.recipient = @p1 AND de.day IN ({Sql.Parameters(2, chunk.Length)}) ORDER BY de.day, r.id", args);
            using var r = cmd.ExecuteReader();
            while (r.Read()) list.Add(ReadDyadReport(r)!);
        }
        return (IReadOnlyList<DyadReport>)list;
    });

    /// <summary>How many events wait for their day rows (after a migration, or writes by a store opened without the weight rule).</summary>
    public long StaleEventCount() => Guard(() => Sql.Scalar(_connection, null, "SELECT COUNT(*) FROM stale_events"));

    /// <summary>
    /// Brings up to <paramref name="maxEvents"/> stale events into the day table in one transaction, in date order (so each
    /// step sums a few weeks of days, not days all over the store); returns how many it took. Needs the weight rule.
    /// </summary>
    public int RefreshStaleDays(int maxEvents = 20_000)
    {
        var days = _days ?? throw new InvalidOperationException("This store was opened without the weight rule; it cannot fill the day table.");
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
            return keys.Count;
        });
    }
}
