using System.Data.Common;
using Brink.Store.Backends;

namespace Brink.Store.Writing;

/// <summary>
/// Keeps the <c>dyads</c> table (reports, first and last day per directed dyad) in step with <c>dyad_reports</c>,
/// so listing the busiest dyads reads a few hundred rows instead of grouping every dyad row of the store.
/// </summary>
internal static class DyadTotals
{
    /// <summary>
    /// Counts newly inserted dyad rows (actor, recipient, day, report id) in, once per transaction and in key order: concurrent
    /// writers then lock the dyads rows they share in the same order, before their merge groups, and cannot deadlock on them
    /// (updated per article, in article order, two PostgreSQL workers deadlocked within seconds).
    /// </summary>
    public static void Add(DbConnection c, DbTransaction tx, IReadOnlyList<object?[]> dyadRows)
    {
        var totals = new Dictionary<(string, string), (long Count, string First, string Last)>();
        foreach (var row in dyadRows)
        {
            var key = ((string)row[0]!, (string)row[1]!);
            string day = Sql.Day((DateOnly)row[2]!);
            totals[key] = totals.TryGetValue(key, out var t)
                ? (t.Count + 1, string.CompareOrdinal(day, t.First) < 0 ? day : t.First, string.CompareOrdinal(day, t.Last) > 0 ? day : t.Last)
                : (1, day, day);
        }
        foreach (var ((actor, recipient), t) in totals.OrderBy(x => x.Key.Item1, StringComparer.Ordinal).ThenBy(x => x.Key.Item2, StringComparer.Ordinal))
            Sql.Exec(c, tx,
                "INSERT INTO dyads (actor, recipient, report_count, first_day, last_day) VALUES (@p0, @p1, @p2, @p3, @p4) " +
                "ON CONFLICT (actor, recipient) DO UPDATE SET report_count = dyads.report_count + excluded.report_count, " +
                "first_day = CASE WHEN excluded.first_day < dyads.first_day THEN excluded.first_day ELSE dyads.first_day END, " +
                "last_day = CASE WHEN excluded.last_day > dyads.last_day THEN excluded.last_day ELSE dyads.last_day END",
                actor, recipient, t.Count, t.First, t.Last);
    }

    /// <summary>The dyad rows an article's reports hold, per dyad: read before the reports are deleted.</summary>
    public static List<object?[]> OfArticle(DbConnection c, DbTransaction tx, long articleId)
    {
        var rows = new List<object?[]>();
        Sql.Rows(c, tx, "SELECT d.actor, d.recipient, COUNT(*) FROM dyad_reports d JOIN reports r ON r.id = d.report_id " +
            "WHERE r.article_id = @p0 GROUP BY d.actor, d.recipient", [articleId], rows.Add);
        return rows;
    }

    /// <summary>Takes dyad rows deleted since <see cref="OfArticle"/> out; first and last days come from the index again.</summary>
    public static void Remove(DbConnection c, DbTransaction tx, List<object?[]> removed)
    {
        foreach (var row in removed)
        {
            Sql.Exec(c, tx,
                "UPDATE dyads SET report_count = report_count - @p2, " +
                "first_day = COALESCE((SELECT MIN(day) FROM dyad_reports WHERE actor = @p0 AND recipient = @p1), first_day), " +
                "last_day = COALESCE((SELECT MAX(day) FROM dyad_reports WHERE actor = @p0 AND recipient = @p1), last_day) " +
                "WHERE actor = @p0 AND recipient = @p1", row[0], row[1], row[2]);
            Sql.Exec(c, tx, "DELETE FROM dyads WHERE actor = @p0 AND recipient = @p1 AND report_count <= 0", row[0], row[1]);
        }
    }
}
