using System.Data.Common;
using System.Numerics;
using System.Text.Json;
using Brink.Store.Backends;

namespace Brink.Store.DayTable;

/// <summary>
/// Keeps the day table current: <c>dyad_events</c> holds each dated event's digest (weight and description) once per dyad
/// it belongs to (a dyad named by any of its reports), <c>dyad_days</c> each dyad's per-day sums over those. A digest
/// depends on all the event's reports, so the events a write touched are digested again whole, and only the dyad days they
/// were or are on are summed again. Events touched by a store without the event rule are left in <c>stale_events</c>.
/// </summary>
internal sealed class DayTableUpdater(Dialect dialect, IEventRule rule)
{
    /// <summary>Notes events whose day rows are out of date (a writer without the event rule, or a migrated store).</summary>
    public static void MarkStale(DbConnection c, DbTransaction tx, IEnumerable<string> eventKeys) =>
        MultiRow.Execute(c, tx, "INSERT INTO stale_events (event_key)", eventKeys.Select(k => new object?[] { k }).ToList(),
            " ON CONFLICT (event_key) DO NOTHING");

    /// <summary>Digests <paramref name="eventKeys"/> again (deleted ones drop out) and sums the dyad days they were or are on.</summary>
    public void Refresh(DbConnection c, DbTransaction tx, IReadOnlyCollection<string> eventKeys)
    {
        if (eventKeys.Count == 0) return;
        var dirty = new HashSet<(string Actor, string Recipient, string Day)>();
        var rows = new List<object?[]>();
        foreach (var chunk in Chunks(eventKeys))
        {
            string list = Sql.Parameters(0, chunk.Length);
            Sql.Rows(c, tx, $"SELECT actor, recipient, day FROM dyad_events WHERE event_key IN ({list})", chunk,
                r => dirty.Add(((string)r[0]!, (string)r[1]!, (string)r[2]!)));
            Sql.Exec(c, tx, $"DELETE FROM dyad_events WHERE event_key IN ({list})", chunk);
            var reports = new Dictionary<string, List<DyadReport>>(StringComparer.Ordinal);
            // Through Sql.Rows: on SQLite a prepared statement bound by position (binding 256 keys by name cost more than the query).
            Sql.Rows(c, tx, $"SELECT {DyadReportRows.Columns("e.date_start")} FROM reports r JOIN events e ON e.event_key = r.event_key " +
                $"JOIN articles a ON a.id = r.article_id WHERE r.event_key IN ({list}) ORDER BY r.id", chunk,
                row =>
                {
                    if (DyadReportRows.Read(row) is { } report) // undated events are on no day
                        (reports.TryGetValue(report.EventKey, out var of) ? of : reports[report.EventKey] = []).Add(report);
                });
            var digests = reports.ToDictionary(x => x.Key, x => rule.Digest(x.Value), StringComparer.Ordinal);
            Sql.Rows(c, tx,
                $"SELECT DISTINCT r.event_key, d.actor, d.recipient FROM dyad_reports d JOIN reports r ON r.id = d.report_id WHERE r.event_key IN ({list})", chunk,
                r =>
                {
                    if (!reports.TryGetValue((string)r[0]!, out var of)) return;
                    var (first, d) = (DyadReport.First(of), digests[of[0].EventKey]);
                    string day = Sql.Day(first.Day);
                    rows.Add([r[1], r[2], day, first.EventKey, first.EventType, first.Quad, first.Score, d.Weight, d.Reports, d.Articles,
                        JsonSerializer.Serialize(d.Outlets), d.Modality, d.Description]);
                    dirty.Add(((string)r[1]!, (string)r[2]!, day));
                });
        }
        MultiRow.Execute(c, tx, "INSERT INTO dyad_events (actor, recipient, day, event_key, event_type, quad, score, weight, reports, articles, outlets, modality, description)", rows);
        SumDays(c, tx, dirty);
        foreach (var chunk in Chunks(eventKeys))
            Sql.Exec(c, tx, $"DELETE FROM stale_events WHERE event_key IN ({Sql.Parameters(0, chunk.Length)})", chunk);
    }

    /// <summary>Rewrites the day rows of <paramref name="dirty"/> from <c>dyad_events</c> (a day left without events loses its row).</summary>
    private void SumDays(DbConnection c, DbTransaction tx, HashSet<(string Actor, string Recipient, string Day)> dirty)
    {
        // Writers summing the same day serialize here, in day order, after their merge groups (PostgreSQL; SQLite has one writer).
        foreach (var day in dirty.Select(d => d.Day).Distinct().Order(StringComparer.Ordinal)) dialect.LockGroup(c, tx, "dyad-day|" + day);
        var upserts = new List<object?[]>();
        foreach (var dyad in dirty.GroupBy(d => (d.Actor, d.Recipient)))
        {
            var days = dyad.Select(d => d.Day).Order(StringComparer.Ordinal).ToList();
            var events = new Dictionary<string, List<(string Key, string Type, string? Quad, double? Score, double Weight)>>(StringComparer.Ordinal);
            // The dirty days of a batch lie close together: one range read per dyad, not one query per day.
            Sql.Rows(c, tx, "SELECT day, event_key, event_type, quad, score, weight FROM dyad_events WHERE actor = @p0 AND recipient = @p1 AND day >= @p2 AND day <= @p3",
                [dyad.Key.Actor, dyad.Key.Recipient, days[0], days[^1]],
                r => (events.TryGetValue((string)r[0]!, out var l) ? l : events[(string)r[0]!] = [])
                    .Add(((string)r[1]!, (string)r[2]!, (string?)r[3], r[4] is null ? null : Convert.ToDouble(r[4]), Convert.ToDouble(r[5]))));
            foreach (var day in days)
            {
                if (!events.TryGetValue(day, out var list))
                {
                    Sql.Exec(c, tx, "DELETE FROM dyad_days WHERE actor = @p0 AND recipient = @p1 AND day = @p2", dyad.Key.Actor, dyad.Key.Recipient, day);
                    continue;
                }
                list.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
                double weight = 0, score = 0;
                var types = new Dictionary<string, int>(StringComparer.Ordinal);
                var quads = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var e in list)
                {
                    weight += e.Weight;
                    score += e.Score ?? 0;
                    types[e.Type] = types.GetValueOrDefault(e.Type) + 1;
                    quads[e.Quad ?? "unknown"] = quads.GetValueOrDefault(e.Quad ?? "unknown") + 1;
                }
                upserts.Add([dyad.Key.Actor, dyad.Key.Recipient, day, list.Count, weight, score, DayCounts.Write(types), DayCounts.Write(quads)]);
            }
        }
        MultiRow.Execute(c, tx, "INSERT INTO dyad_days (actor, recipient, day, events, weight, score_sum, type_counts, quad_counts)", upserts,
            " ON CONFLICT (actor, recipient, day) DO UPDATE SET events = excluded.events, weight = excluded.weight, score_sum = excluded.score_sum, " +
            "type_counts = excluded.type_counts, quad_counts = excluded.quad_counts");
    }

    /// <summary>Keys in chunks padded to a power of two (repeating the last key), so each IN list shape is prepared once.</summary>
    private static IEnumerable<object?[]> Chunks(IReadOnlyCollection<string> keys)
    {
        foreach (var chunk in keys.Order(StringComparer.Ordinal).Chunk(256))
        {
            var padded = new object?[BitOperations.RoundUpToPowerOf2((uint)chunk.Length)];
            for (int i = 0; i < padded.Length; i++) padded[i] = chunk[Math.Min(i, chunk.Length - 1)];
            yield return padded;
        }
    }
}
