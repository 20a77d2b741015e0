using Brink.Coding;
using Brink.Store;

namespace Brink.Analysis;

/// <summary>
/// Brink's merge rule (docs/escalation.md, "Merging"): reports of one group (same event type, actors and
/// recipients) are one event when they fall on the same day at a compatible place; a report dated only
/// to a week, month or span joins the best-reported same-group event inside its span, else stands alone.
/// Every choice depends only on the set of reports, so ingest order never changes the events.
/// </summary>
public sealed class ReportMerger : IMergeRule
{
    /// <summary>The longest span (days) a coarse report may have and still join a day's event.</summary>
    public const int MaxSpanDays = 31;

    public int WindowDays => MaxSpanDays;

    public bool IsAffectedBy(ReportFacts report, DateOnly day) =>
        Span(report) is var (start, end) && start <= day && day <= end && (report.Precision == DatePrecision.Day || end.DayNumber - start.DayNumber <= MaxSpanDays);

    public string EventKeyOf(ReportFacts report, IReadOnlyList<ReportFacts> neighbours)
    {
        if (Span(report) is not var (start, end)) return "undated|" + report.Id;
        if (report.Precision == DatePrecision.Day) return DayKey(start, report.LocationCountry ?? PlaceOfDay(start, neighbours));
        if (end.DayNumber - start.DayNumber <= MaxSpanDays)
        {
            // The candidate events are the day events inside the span at a compatible place; the best reported wins, then the earliest.
            (DateOnly Day, string Place, int Reports)? best = null;
            foreach (var g in neighbours.Where(n => n.Precision == DatePrecision.Day && n.Start is { } d && d >= start && d <= end)
                         .GroupBy(n => (Day: n.Start!.Value, Place: n.LocationCountry ?? PlaceOfDay(n.Start!.Value, neighbours))))
            {
                if (report.LocationCountry is { } mine && g.Key.Place != "*" && g.Key.Place != mine) continue;
                int count = g.Count();
                if (best is null || count > best.Value.Reports || (count == best.Value.Reports && (g.Key.Day < best.Value.Day
                    || (g.Key.Day == best.Value.Day && string.CompareOrdinal(g.Key.Place, best.Value.Place) < 0))))
                    best = (g.Key.Day, g.Key.Place, count);
            }
            if (best is { } b) return DayKey(b.Day, b.Place);
        }
        return $"span|{start:yyyy-MM-dd}|{end:yyyy-MM-dd}|{report.LocationCountry ?? "*"}";
    }

    private static string DayKey(DateOnly day, string place) => $"day|{day:yyyy-MM-dd}|{place}";

    /// <summary>
    /// Where an unlocated report of a day belongs: with the located reports of that day (the most reported
    /// country, ties broken by code), else "*" (no place known).
    /// </summary>
    private static string PlaceOfDay(DateOnly day, IReadOnlyList<ReportFacts> neighbours)
    {
        string place = "*";
        int bestCount = 0;
        foreach (var g in neighbours.Where(n => n.Precision == DatePrecision.Day && n.Start == day && n.LocationCountry is not null).GroupBy(n => n.LocationCountry!))
        {
            int count = g.Count();
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(g.Key, place) < 0)) (place, bestCount) = (g.Key, count);
        }
        return place;
    }

    /// <summary>The days a report can refer to; a report dated only by its publication may be about that day or the day before.</summary>
    private static (DateOnly Start, DateOnly End)? Span(ReportFacts r) => r.Start is not { } s ? null
        : r.Precision == DatePrecision.Publication ? (s.AddDays(-1), s)
        : (s, r.End is { } e && e >= s ? e : s);
}
