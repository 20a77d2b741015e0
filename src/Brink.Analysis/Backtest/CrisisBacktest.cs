using Brink.Store;

namespace Brink.Analysis;

/// <summary>
/// Runs Brink's alerts and the two baselines against a list of known crisis onsets (docs/escalation.md, "Backtest"): for
/// each detector, which crises it caught and how early, its false alarms per dyad-year on the busiest pairs, and its curve.
/// </summary>
public static class CrisisBacktest
{
    /// <summary>The z-score thresholds the curves are drawn at.</summary>
    private static readonly double[] Thresholds = [1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 8, 10, 12, 15, 20, 30, 50];

    /// <summary>Backtests the store over [<paramref name="from"/>, <paramref name="to"/>] (default: the listed onsets' span).</summary>
    /// <param name="store">The store of events.</param>
    /// <param name="crises">The crisis list; those with onsets in the range are scored, all of them excuse alarms in their windows.</param>
    /// <param name="from">First day scored.</param>
    /// <param name="to">Last day scored.</param>
    /// <param name="settings">The index and alert settings (Brink is scored at its AlertZ, the baselines at the same z).</param>
    /// <param name="bothDirections">Whether each pair's two directions are summed into one series before the control chart.</param>
    /// <param name="busiest">How many of the busiest pairs false alarms are counted on.</param>
    /// <param name="cooperation">What cooperation's weight counts for against conflict's in Brink's index (1: as shipped).</param>
    /// <param name="minHistory">Days with events a direction must have had in its baseline before Brink alerts (0: as shipped, first events may alert).</param>
    public static BacktestReport Run(EventStore store, IReadOnlyList<Crisis> crises, DateOnly? from = null, DateOnly? to = null,
        EscalationSettings? settings = null, bool bothDirections = false, int busiest = 50, double cooperation = 1, int minHistory = 0)
    {
        settings ??= new EscalationSettings();
        var first = from ?? (crises.Count > 0 ? crises.Min(c => c.Onset).AddDays(-BacktestScorer.DaysBefore) : DateOnly.MinValue);
        var last = to ?? (crises.Count > 0 ? crises.Max(c => c.Onset).AddDays(BacktestScorer.DaysAfter) : DateOnly.MinValue);
        var scored = crises.Where(c => c.Onset >= first && c.Onset <= last).ToList();
        // The busiest pairs over the store's whole span: directed dyads folded into pairs, their reports summed.
        var top = store.Dyads(int.MaxValue).GroupBy(d => BacktestScorer.Key(d.Actor, d.Recipient))
            .Select(g => (Pair: g.Key, Reports: g.Sum(d => d.Reports))).OrderByDescending(p => p.Reports).ThenBy(p => p.Pair.A, StringComparer.Ordinal)
            .ThenBy(p => p.Pair.B, StringComparer.Ordinal).Take(busiest).Select(p => p.Pair).ToList();
        var pairs = top.Concat(scored.Select(c => BacktestScorer.Key(c.SideA, c.SideB))).Distinct().ToList();
        var start = first.AddDays(-(settings.WindowDays + settings.BaselineDays));
        var histories = pairs.ToDictionary(p => p, p => PairHistory.Load(store, p.A, p.B, start, last, settings, cooperation));
        double dyadYears = top.Sum(p => histories[p].Active() is { } span
            ? Math.Max(0, Min(span.Last, last).DayNumber - Max(span.First, first).DayNumber + 1) / 365.25 : 0);
        var scorer = new BacktestScorer(scored, crises, top, dyadYears);
        var scores = new List<DetectorScore>();
        foreach (var detector in Enum.GetValues<Detector>())
        {
            var candidates = histories.ToDictionary(h => h.Key, h => AlarmCandidates.Of(detector, h.Value, first, last, settings, bothDirections, minHistory));
            var (outcomes, hitRate, median, falseAlarms) = scorer.Score(candidates, settings.AlertZ);
            var curve = Thresholds.Select(t => scorer.Score(candidates, t)).Select((r, i) => new CurvePoint(Thresholds[i], r.HitRate, r.FalseAlarmsPerDyadYear)).ToList();
            scores.Add(new DetectorScore(detector, settings.AlertZ, hitRate, median, falseAlarms, outcomes, curve));
        }
        return new BacktestReport(first, last, scored.Count, top.Count, dyadYears, scores);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
