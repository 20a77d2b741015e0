using Brink.Store;

namespace Brink.Analysis;

/// <summary>
/// A directed dyad's daily table, escalation index and alerts over a date range. <c>Events</c> are the range's events; a
/// series read from the day table (<see cref="Load"/>) holds only the events of its alert days, and only those days list
/// <see cref="DyadDay.TopEvents"/>; <see cref="LoadFromReports"/> and <see cref="Build"/> hold all.
/// </summary>
public sealed partial record DyadSeries(string Actor, string Recipient, DateOnly From, DateOnly To, IReadOnlyList<DyadDay> Days, IReadOnlyList<DyadEvent> Events)
{
    /// <summary>The alerts of the range, in date order.</summary>
    public IReadOnlyList<Alert> Alerts => Days.Where(d => d.Alert is not null).Select(d => d.Alert!).ToList();

    /// <summary>
    /// The series from the store's day table (a row per day with events, and the events of the alert days) when the table is
    /// current for the dyad; otherwise, as <see cref="LoadFromReports"/>, from every report. Both give the same days and alerts.
    /// </summary>
    public static DyadSeries Load(EventStore store, string actor, string recipient, DateOnly? from = null, DateOnly? to = null, EscalationSettings? settings = null)
    {
        settings ??= new EscalationSettings();
        var rows = store.DyadDays(actor, recipient, from?.AddDays(-History(settings)), to);
        if (rows is null) return LoadFromReports(store, actor, recipient, from, to, settings);
        var facts = rows.ToDictionary(r => r.Day, r => new DayFacts(r.Events, r.TypeCounts, r.QuadCounts, r.ScoreSum, r.Weight, null));
        // An alert lists its day's top events: their digests come from the day table, not from their reports.
        return Assemble(actor, recipient, from, to, rows.Count > 0 ? (rows[0].Day, rows[^1].Day) : null, facts, settings, [],
            days => store.DyadDayEvents(actor, recipient, days).Select(e => new DyadEvent(e.EventKey, e.Day, e.EventType, e.Quad, e.Score, e.Digest.Weight,
                e.Digest.Reports, e.Digest.Articles, e.Digest.Outlets, e.Digest.Modality, e.Digest.Description)).ToList());
    }

    /// <summary>Reads the dyad's reports from <paramref name="store"/> (with the history the index and baseline need) and builds the series with every day's events.</summary>
    public static DyadSeries LoadFromReports(EventStore store, string actor, string recipient, DateOnly? from = null, DateOnly? to = null, EscalationSettings? settings = null)
    {
        settings ??= new EscalationSettings();
        var reports = store.DyadReports(actor, recipient, from?.AddDays(-History(settings)), to);
        return Build(actor, recipient, reports, from, to, settings);
    }

    /// <summary>Builds the series from reports (any order); days without events are part of the series.</summary>
    internal static DyadSeries Build(string actor, string recipient, IReadOnlyList<DyadReport> reports, DateOnly? from, DateOnly? to, EscalationSettings settings)
    {
        var events = EventsOf(reports);
        var facts = events.GroupBy(e => e.Day).ToDictionary(g => g.Key, g => Summarize(g.ToList()));
        var series = Assemble(actor, recipient, from, to, events.Count > 0 ? (events[0].Day, events[^1].Day) : null, facts, settings, events, null);
        return series with { Events = events.Where(e => e.Day >= series.From && e.Day <= series.To).ToList() };
    }

    private static int History(EscalationSettings s) => s.WindowDays + s.BaselineDays;

    /// <summary>Merged events from their reports, by day and key (the order day sums run in).</summary>
    private static List<DyadEvent> EventsOf(IEnumerable<DyadReport> reports) =>
        reports.GroupBy(r => r.EventKey).Select(g => Describe(g.ToList())).OrderBy(e => e.Day).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();

    /// <summary>One day's counts and sums from its events in key order, and the events that moved it most.</summary>
    private static DayFacts Summarize(List<DyadEvent> events) =>
        new(events.Count, events.GroupBy(e => e.EventType).ToDictionary(g => g.Key, g => g.Count()), events.GroupBy(e => e.Quad ?? "unknown").ToDictionary(g => g.Key, g => g.Count()),
            events.Sum(e => e.Score ?? 0), events.Sum(e => e.Weight), Top(events));

    /// <summary>How many of a day's events it lists as those that moved it most.</summary>
    private const int TopCount = 5;

    private static List<DyadEvent> Top(List<DyadEvent> events) =>
        events.OrderByDescending(e => Math.Abs(e.Weight)).ThenBy(e => e.Key, StringComparer.Ordinal).Take(TopCount).ToList();

    /// <summary>
    /// One event from all its reports: the first by article (content hash), then by its place in the article, gives type, quad,
    /// score and description. Not the first stored: several workers store articles in any order, and must describe it alike.
    /// </summary>
    internal static DyadEvent Describe(IReadOnlyList<DyadReport> reports)
    {
        var r0 = DyadReport.First(reports);
        var outlets = reports.Select(r => r.Outlet ?? "unknown outlet").Distinct().Order(StringComparer.Ordinal).ToList();
        string modality = reports.GroupBy(r => r.Modality).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        return new DyadEvent(r0.EventKey, r0.Day, r0.EventType, r0.Quad, r0.Score, EscalationWeights.Of(reports), reports.Count,
            reports.Select(r => r.ArticleId).Distinct().Count(), outlets, modality, $"{r0.EventType} \"{r0.Trigger}\" ({r0.Title ?? "untitled"})");
    }
}
