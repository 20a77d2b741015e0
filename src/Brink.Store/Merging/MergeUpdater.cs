using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Brink.Store.Backends;

namespace Brink.Store.Merging;

/// <summary>
/// Keeps report-to-event assignments current after reports are added or removed: only the groups and
/// days touched are re-examined (the store is never recomputed), and the events they belong to recounted.
/// </summary>
internal sealed class MergeUpdater(Dialect dialect, IMergeRule rule)
{
    /// <summary>Re-merges what <paramref name="changes"/> can move; returns the events whose reports changed (deleted ones included).</summary>
    public IReadOnlyCollection<string> Update(DbConnection c, DbTransaction tx, ChangeSet changes)
    {
        var (added, removed) = (changes.Added, changes.Removed);
        var touchedEvents = new HashSet<string>(changes.StaleEvents, StringComparer.Ordinal);
        var assignments = new List<object?[]>();
        var addedIds = new HashSet<long>(added.Select(a => a.Id));
        // Groups in a fixed order, so concurrent writers take their locks in the same order and cannot deadlock.
        foreach (var group in added.Concat(removed).GroupBy(GroupKey).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            dialect.LockGroup(c, tx, group.Key);
            var first = group.First();
            var days = group.Where(f => f.Start is not null).Select(f => f.Start!.Value).ToList();
            var undated = group.Where(f => f.Start is null && addedIds.Contains(f.Id)).ToList();
            // Undated reports have no days to share: the rule keys them on their own.
            var undatedKeys = undated.Count == 0 ? [] : rule.EventKeysOf(undated, undated);
            for (int i = 0; i < undated.Count; i++) Assign(assignments, undated[i], EventKey(GroupKey(undated[i]), undatedKeys[i]), touchedEvents);
            if (days.Count == 0) continue;
            var changeDays = days.Distinct().Order().ToArray();
            var loaded = LoadAffected(c, tx, first, changeDays);
            var targets = loaded.Values.Where(x => addedIds.Contains(x.Facts.Id) || IsAffected(x.Facts, changeDays)).ToList();
            // A target's event depends on the reports dated within its days: load the days not loaded yet.
            var spanDays = new SortedSet<DateOnly>();
            foreach (var (facts, _) in targets)
                if (rule.DaysOf(facts) is var (lo, hi) && lo != hi)
                    for (var d = lo; d <= hi; d = d.AddDays(1))
                        if (Array.BinarySearch(changeDays, d) < 0) spanDays.Add(d);
            LoadDays(c, tx, first, spanDays.ToArray(), loaded);
            var neighbours = loaded.Values.Select(x => x.Facts).ToList();
            var keys = rule.EventKeysOf(targets.Select(x => x.Facts).ToList(), neighbours);
            for (int i = 0; i < targets.Count; i++)
            {
                var (report, old) = targets[i];
                string key = EventKey(GroupKey(report), keys[i]);
                if (old == key) continue;
                if (old.Length > 0) touchedEvents.Add(old);
                Assign(assignments, report, key, touchedEvents);
            }
        }
        MultiRow.SetColumn(c, tx, "reports", "event_key", assignments);
        foreach (var chunk in touchedEvents.Order(StringComparer.Ordinal).Chunk(100)) Recount(c, tx, chunk);
        return touchedEvents;
    }

    /// <summary>
    /// The group's reports a change on <paramref name="changeDays"/> can move. Reports dated to a day, a year or only by
    /// publication belong at most to their start day and the day before, so those dated on a change day or the day after
    /// are read; only reports dated to a week, month or range (rare) are looked for up to a window before a change.
    /// Rows are read by day, never the whole group.
    /// </summary>
    private Dictionary<long, (ReportFacts Facts, string Event)> LoadAffected(DbConnection c, DbTransaction tx, ReportFacts group, DateOnly[] changeDays)
    {
        var loaded = new Dictionary<long, (ReportFacts, string)>();
        LoadDays(c, tx, group, changeDays.Concat(changeDays.Select(d => d.AddDays(1))).Distinct().Order().ToArray(), loaded);
        foreach (var x in ReportReader.FactsWithEvents(c, tx,
            "WHERE event_type = @p0 AND actor_key = @p1 AND date_precision IN ('week', 'month', 'range') AND date_start >= @p2 AND date_start <= @p3",
            group.EventType, group.ActorKey, changeDays[0].AddDays(-rule.WindowDays - 1), changeDays[^1].AddDays(1)))
            loaded.TryAdd(x.Facts.Id, x);
        return loaded;
    }

    /// <summary>Adds the group's reports dated on any of <paramref name="days"/>.</summary>
    private static void LoadDays(DbConnection c, DbTransaction tx, ReportFacts group, DateOnly[] days, Dictionary<long, (ReportFacts, string)> loaded)
    {
        foreach (var chunk in days.Chunk(100))
        {
            var args = new object?[chunk.Length + 2];
            args[0] = group.EventType;
            args[1] = group.ActorKey;
            for (int i = 0; i < chunk.Length; i++) args[i + 2] = chunk[i];
            string list = Sql.Parameters(2, chunk.Length);
            foreach (var x in ReportReader.FactsWithEvents(c, tx, $"WHERE event_type = @p0 AND actor_key = @p1 AND date_start IN ({list})", args))
                loaded.TryAdd(x.Facts.Id, x);
        }
    }

    /// <summary>Whether a change on any of the sorted <paramref name="days"/> falls within the report's days.</summary>
    private bool IsAffected(ReportFacts report, DateOnly[] days)
    {
        if (rule.DaysOf(report) is not var (first, last)) return false;
        int i = Array.BinarySearch(days, first);
        return i >= 0 || (~i < days.Length && days[~i] <= last);
    }

    /// <summary>A merge group: the same event type by the same actors; the rule decides about recipients, dates and places.</summary>
    private static string GroupKey(ReportFacts f) => $"{f.EventType}|{f.ActorKey}";

    /// <summary>Event keys are short hashes of group and rule key: stable across backends and runs.</summary>
    private static string EventKey(string group, string ruleKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(group + "|" + ruleKey)).AsSpan(0, 10));

    private static void Assign(List<object?[]> assignments, ReportFacts report, string key, HashSet<string> touched)
    {
        assignments.Add([report.Id, key]);
        touched.Add(key);
    }

    /// <summary>Rewrites events' rows from their reports, and deletes those no report is left in.</summary>
    private static void Recount(DbConnection c, DbTransaction tx, string[] keys)
    {
        string list = Sql.Parameters(0, keys.Length);
        var args = keys.Cast<object?>().ToArray();
        Sql.Exec(c, tx, $"DELETE FROM events WHERE event_key IN ({list})", args);
        Sql.Exec(c, tx,
            "INSERT INTO events (event_key, event_type, actor_key, recipient_key, date_start, date_end, date_precision, location_country, report_count, article_count, outlet_count, named_reports) " +
            "SELECT r.event_key, MIN(r.event_type), MIN(r.actor_key), COALESCE(MIN(CASE WHEN r.recipient_key <> '-' THEN r.recipient_key END), '-'), " +
            "COALESCE(MIN(CASE WHEN r.date_precision = 'day' THEN r.date_start END), MIN(r.date_start)), " +
            "COALESCE(MAX(CASE WHEN r.date_precision = 'day' THEN r.date_end END), MAX(r.date_end)), " +
            "CASE WHEN MAX(CASE WHEN r.date_precision = 'day' THEN 1 ELSE 0 END) = 1 THEN 'day' ELSE MIN(r.date_precision) END, " +
            "MAX(r.location_country), COUNT(*), COUNT(DISTINCT r.article_id), COUNT(DISTINCT a.outlet), " +
            "SUM(CASE WHEN r.speaker_named = 1 OR r.sources_named > 0 THEN 1 ELSE 0 END) " +
            $"FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.event_key IN ({list}) GROUP BY r.event_key", args);
        Sql.Exec(c, tx, $"DELETE FROM event_parties WHERE event_key IN ({list})", args);
        Sql.Exec(c, tx,
            "INSERT INTO event_parties (party, role, event_key) " +
            $"SELECT ra.country, ra.role, r.event_key FROM report_actors ra JOIN reports r ON r.id = ra.report_id WHERE r.event_key IN ({list}) AND ra.country IS NOT NULL " +
            $"UNION SELECT ra.code, ra.role, r.event_key FROM report_actors ra JOIN reports r ON r.id = ra.report_id WHERE r.event_key IN ({list}) AND ra.code IS NOT NULL", args);
    }
}
