namespace Brink.Analysis;

/// <summary>
/// Scores one detector's alarms at one threshold: a crisis is caught when its pair (either direction) has an alarm from
/// <see cref="DaysBefore"/> days before to <see cref="DaysAfter"/> days after onset, its lead time counted from the first such
/// alarm; a false alarm is an alarm outside every listed crisis window of its pair, on the busiest pairs, a run of alarm days counting once.
/// </summary>
/// <param name="crises">The crises scored (onsets in the backtest's range).</param>
/// <param name="allCrises">Every listed crisis: an alarm in any of their windows is no false alarm.</param>
/// <param name="busiest">The pairs false alarms are counted on, as (A, B) in ordinal order.</param>
/// <param name="dyadYears">The years those pairs were active within the range, summed.</param>
internal sealed class BacktestScorer(IReadOnlyList<Crisis> crises, IReadOnlyList<Crisis> allCrises, IReadOnlyList<(string A, string B)> busiest, double dyadYears)
{
    public const int DaysBefore = 14;
    public const int DaysAfter = 3;

    /// <summary>A pair's key: its two parties in ordinal order.</summary>
    public static (string A, string B) Key(string x, string y) => string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);

    /// <summary>Outcomes per crisis, hit rate, median lead of the hits and false alarms per dyad-year at <paramref name="threshold"/>.</summary>
    public (IReadOnlyList<CrisisOutcome> Outcomes, double HitRate, double? MedianLead, double FalseAlarmsPerDyadYear) Score(
        IReadOnlyDictionary<(string A, string B), SortedDictionary<DateOnly, double>> candidates, double threshold)
    {
        var outcomes = new List<CrisisOutcome>(crises.Count);
        foreach (var c in crises)
        {
            var first = candidates.TryGetValue(Key(c.SideA, c.SideB), out var days)
                ? days.Where(d => d.Value >= threshold && InWindow(d.Key, c)).Select(d => (DateOnly?)d.Key).FirstOrDefault()
                : null;
            outcomes.Add(new CrisisOutcome(c, first is not null, first is { } f ? c.Onset.DayNumber - f.DayNumber : null));
        }
        var leads = outcomes.Where(o => o.LeadDays is not null).Select(o => (double)o.LeadDays!.Value).Order().ToList();
        double? median = leads.Count == 0 ? null : leads.Count % 2 == 1 ? leads[leads.Count / 2] : (leads[leads.Count / 2 - 1] + leads[leads.Count / 2]) / 2;
        int falseAlarms = busiest.Sum(p => candidates.TryGetValue(p, out var days) ? FalseAlarms(p, days, threshold) : 0);
        return (outcomes, crises.Count == 0 ? 0 : (double)outcomes.Count(o => o.Hit) / crises.Count, median, dyadYears > 0 ? falseAlarms / dyadYears : 0);
    }

    /// <summary>Alarm runs of a pair that start outside every window of its crises.</summary>
    private int FalseAlarms((string A, string B) pair, SortedDictionary<DateOnly, double> days, double threshold)
    {
        var windows = allCrises.Where(c => Key(c.SideA, c.SideB) == pair).ToList();
        int count = 0;
        DateOnly? previous = null;
        foreach (var (day, strength) in days)
        {
            if (strength < threshold) continue;
            bool continues = previous is { } p && p.AddDays(1) == day;
            previous = day;
            if (!continues && !windows.Any(c => InWindow(day, c))) count++;
        }
        return count;
    }

    private static bool InWindow(DateOnly day, Crisis c) => day >= c.Onset.AddDays(-DaysBefore) && day <= c.Onset.AddDays(DaysAfter);
}
