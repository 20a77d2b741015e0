using Brink.Coding;
using Brink.Store;

namespace Brink.Analysis;

/// <summary>
/// Brink's merge rule (docs/escalation.md, "Merging"). The store hands it reports of one group (same event
/// type and actors). Reports are one event when they fall on the same day with the same recipient at a
/// compatible place; a report that does not name the recipient or place joins the best-reported event of
/// its day; a report dated only to a week, month or span joins the best-reported compatible event inside its
/// span, else stands alone. Every choice depends only on the set of reports, so ingest order never matters.
/// </summary>
internal sealed class ReportMerger : IMergeRule
{
    /// <summary>The longest span (days) a coarse report may have and still join a day's event.</summary>
    public const int MaxSpanDays = 31;

    // The store files precisions by the coder's names, lower-cased; these are the two merging treats apart.
    private static readonly string Day = nameof(DatePrecision.Day).ToLowerInvariant();
    private static readonly string Publication = nameof(DatePrecision.Publication).ToLowerInvariant();

    private const string Unknown = "-";
    private const string Nowhere = "*";

    public int WindowDays => MaxSpanDays;

    public (DateOnly First, DateOnly Last)? DaysOf(ReportFacts report) =>
        Span(report) is not var (start, end) ? null
        : report.Precision == Day || end.DayNumber - start.DayNumber <= MaxSpanDays ? (start, end)
        : (start, start); // a longer span never joins a day's event: it depends on nothing else

    public IReadOnlyList<string> EventKeysOf(IReadOnlyList<ReportFacts> reports, IReadOnlyList<ReportFacts> neighbours)
    {
        // Day-dated neighbours indexed by day once, so each report looks only at the days it can belong to.
        var byDay = neighbours.Where(n => n.Precision == Day && n.Start is not null).ToLookup(n => n.Start!.Value);
        var clusters = new Dictionary<long, Cluster>();
        Cluster ClusterOf(ReportFacts r) => clusters.TryGetValue(r.Id, out var c) ? c : clusters[r.Id] = DayCluster(r, byDay[r.Start!.Value]);
        var keys = new string[reports.Count];
        for (int i = 0; i < reports.Count; i++) keys[i] = KeyOf(reports[i], byDay, ClusterOf);
        return keys;
    }

    private static string KeyOf(ReportFacts report, ILookup<DateOnly, ReportFacts> byDay, Func<ReportFacts, Cluster> clusterOf)
    {
        if (Span(report) is not var (start, end)) return "undated|" + report.Id;
        if (report.Precision == Day) return Key(clusterOf(report));
        if (end.DayNumber - start.DayNumber <= MaxSpanDays)
        {
            // Candidates are the day events inside the span that are compatible; the best reported wins, then the earliest.
            var counts = new Dictionary<Cluster, int>();
            for (var d = start; d <= end; d = d.AddDays(1))
                foreach (var n in byDay[d])
                {
                    var c = clusterOf(n);
                    if (Compatible(report.RecipientKey, c.Recipient, Unknown) && Compatible(report.LocationCountry ?? Nowhere, c.Place, Nowhere))
                        counts[c] = counts.GetValueOrDefault(c) + 1;
                }
            if (counts.Count > 0)
                return Key(counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Day).ThenBy(kv => kv.Key.Recipient, StringComparer.Ordinal)
                    .ThenBy(kv => kv.Key.Place, StringComparer.Ordinal).First().Key);
        }
        return $"span|{start:yyyy-MM-dd}|{end:yyyy-MM-dd}|{report.RecipientKey}|{report.LocationCountry ?? Nowhere}";
    }

    private readonly record struct Cluster(DateOnly Day, string Recipient, string Place);

    private static string Key(Cluster c) => $"day|{c.Day:yyyy-MM-dd}|{c.Recipient}|{c.Place}";

    private static bool Compatible(string mine, string theirs, string unknown) => mine == unknown || theirs == unknown || mine == theirs;

    /// <summary>
    /// The day event a day-dated report belongs to: its own recipient, else the most reported recipient of
    /// that day; its own place, else the most reported place among that day's reports with the same recipient.
    /// </summary>
    private static Cluster DayCluster(ReportFacts r, IEnumerable<ReportFacts> sameDay)
    {
        string recipient = r.RecipientKey != Unknown ? r.RecipientKey : MostReported(sameDay.Select(n => n.RecipientKey).Where(k => k != Unknown), Unknown);
        string place = r.LocationCountry ?? MostReported(sameDay.Where(n => Compatible(n.RecipientKey, recipient, Unknown) && n.LocationCountry is not null)
            .Select(n => n.LocationCountry!), Nowhere);
        return new Cluster(r.Start!.Value, recipient, place);
    }

    /// <summary>The value seen most often, ties broken by ordinal order; <paramref name="none"/> when there is none.</summary>
    private static string MostReported(IEnumerable<string> values, string none)
    {
        string best = none;
        int bestCount = 0;
        foreach (var g in values.GroupBy(v => v))
        {
            int count = g.Count();
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(g.Key, best) < 0)) (best, bestCount) = (g.Key, count);
        }
        return best;
    }

    /// <summary>The days a report can refer to; a report dated only by its publication may be about that day or the day before.</summary>
    private static (DateOnly Start, DateOnly End)? Span(ReportFacts r) => r.Start is not { } s ? null
        : r.Precision == Publication ? (s.AddDays(-1), s)
        : (s, r.End is { } e && e >= s ? e : s);
}
