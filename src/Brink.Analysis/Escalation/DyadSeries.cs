using Brink.Store;

namespace Brink.Analysis;

/// <summary>A directed dyad's daily table, escalation index and alerts over a date range.</summary>
public sealed record DyadSeries(string Actor, string Recipient, DateOnly From, DateOnly To, IReadOnlyList<DyadDay> Days, IReadOnlyList<DyadEvent> Events)
{
    /// <summary>The alerts of the range, in date order.</summary>
    public IReadOnlyList<Alert> Alerts => Days.Where(d => d.Alert is not null).Select(d => d.Alert!).ToList();

    /// <summary>Reads the dyad's reports from <paramref name="store"/> (with the history the index and baseline need) and builds the series.</summary>
    public static DyadSeries Load(EventStore store, string actor, string recipient, DateOnly? from = null, DateOnly? to = null, EscalationSettings? settings = null)
    {
        settings ??= new EscalationSettings();
        int history = settings.WindowDays + settings.BaselineDays;
        var reports = store.DyadReports(actor, recipient, from?.AddDays(-history), to);
        return Build(actor, recipient, reports, from, to, settings);
    }

    /// <summary>Builds the series from reports (any order); days without events are part of the series.</summary>
    public static DyadSeries Build(string actor, string recipient, IReadOnlyList<DyadReport> reports, DateOnly? from, DateOnly? to, EscalationSettings settings)
    {
        var events = reports.GroupBy(r => r.EventKey).Select(g => Describe(g.ToList())).OrderBy(e => e.Day).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
        DateOnly first = from ?? (events.Count > 0 ? events[0].Day : DateOnly.FromDateTime(DateTime.UtcNow));
        DateOnly last = to ?? (events.Count > 0 ? events[^1].Day : first);
        if (last < first) (first, last) = (last, first);
        var start = first.AddDays(-(settings.WindowDays + settings.BaselineDays));
        int n = last.DayNumber - start.DayNumber + 1;
        var byDay = new List<DyadEvent>[n];
        foreach (var e in events)
        {
            int i = e.Day.DayNumber - start.DayNumber;
            if (i >= 0 && i < n) (byDay[i] ??= []).Add(e);
        }
        var weight = new double[n];
        for (int i = 0; i < n; i++) weight[i] = byDay[i]?.Sum(e => e.Weight) ?? 0;
        var index = new double[n];
        for (int i = 0; i < n; i++)
            for (int k = 0; k < settings.WindowDays && k <= i; k++)
                index[i] += weight[i - k] * Math.Pow(0.5, k / settings.HalfLifeDays);
        var days = new List<DyadDay>();
        for (int i = first.DayNumber - start.DayNumber; i < n; i++)
            days.Add(Day(actor, recipient, start.AddDays(i), byDay[i] ?? [], weight[i], index, i, settings));
        return new DyadSeries(actor, recipient, first, last, days, events.Where(e => e.Day >= first && e.Day <= last).ToList());
    }

    private static DyadDay Day(string actor, string recipient, DateOnly day, List<DyadEvent> events, double weight, double[] index, int i, EscalationSettings s)
    {
        var types = events.GroupBy(e => e.EventType).ToDictionary(g => g.Key, g => g.Count());
        var quads = events.GroupBy(e => e.Quad ?? "unknown").ToDictionary(g => g.Key, g => g.Count());
        double scoreSum = events.Sum(e => e.Score ?? 0);
        double materialConflict = events.Count == 0 ? 0 : (double)events.Count(e => e.Quad == "material_conflict") / events.Count;
        var top = events.OrderByDescending(e => Math.Abs(e.Weight)).ThenBy(e => e.Key, StringComparer.Ordinal).Take(5).ToList();
        var (z, alert) = Test(actor, recipient, day, index, i, s, top);
        return new DyadDay(day, events.Count, types, quads, scoreSum, events.Count == 0 ? 0 : scoreSum / events.Count, materialConflict,
            weight, index[i], z, alert, top);
    }

    /// <summary>
    /// The alert test: the day's index against the mean and standard deviation of the dyad's own previous
    /// BaselineDays days (a one-day Shewhart control chart, sigma floored at MinSigma).
    /// </summary>
    private static (double?, Alert?) Test(string actor, string recipient, DateOnly day, double[] index, int i, EscalationSettings s, List<DyadEvent> drivers)
    {
        if (i < s.BaselineDays) return (null, null);
        double mean = 0, sq = 0;
        for (int k = i - s.BaselineDays; k < i; k++) mean += index[k];
        mean /= s.BaselineDays;
        for (int k = i - s.BaselineDays; k < i; k++) sq += (index[k] - mean) * (index[k] - mean);
        double sigma = Math.Max(Math.Sqrt(sq / (s.BaselineDays - 1)), s.MinSigma);
        double z = (index[i] - mean) / sigma;
        if (Math.Abs(z) < s.AlertZ || Math.Abs(index[i] - mean) < s.MinMove || drivers.Count == 0) return (z, null);
        return (z, new Alert(actor, recipient, day, z > 0 ? "escalation" : "de-escalation", index[i], mean, z, drivers));
    }

    private static DyadEvent Describe(List<DyadReport> reports)
    {
        var r0 = reports[0];
        var outlets = reports.Select(r => r.Outlet ?? "unknown outlet").Distinct().Order(StringComparer.Ordinal).ToList();
        string modality = reports.GroupBy(r => r.Modality).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        return new DyadEvent(r0.EventKey, r0.Day, r0.EventType, r0.Quad, r0.Score, EscalationWeights.Of(reports), reports.Count,
            reports.Select(r => r.ArticleId).Distinct().Count(), outlets, modality, $"{r0.EventType} \"{r0.Trigger}\" ({r0.Title ?? "untitled"})");
    }
}
