namespace Brink.Analysis;

/// <summary>
/// The days a detector could raise an alarm for a pair, each with its strength (the z-score it must beat): a day alarms at a
/// threshold when its strength reaches it. Every detector runs the same control chart (<see cref="EscalationIndex"/>); Brink
/// on its decayed index of weighted events, the baselines on the raw day values without decay, upward spikes only.
/// </summary>
internal static class AlarmCandidates
{
    /// <summary>
    /// Candidate days in [from, to] by day, the strongest direction's strength for each. For Brink's alerts, a day alerts only
    /// when its direction had events on <c>minHistory</c> days of its baseline (0: a dyad's first events may alert).
    /// </summary>
    public static SortedDictionary<DateOnly, double> Of(Detector detector, PairHistory pair, DateOnly from, DateOnly to, EscalationSettings s, bool bothDirections,
        int minHistory = 0)
    {
        var days = new SortedDictionary<DateOnly, double>();
        foreach (var direction in bothDirections ? [pair.Both()] : new[] { pair.AToB, pair.BToA })
        {
            var (values, chart, upOnly) = detector switch
            {
                Detector.Brink => (direction.Weight, s, false),
                Detector.EventCount => (direction.Events.Select(e => (double)e).ToArray(), Raw(s, minSigma: 1, minMove: 1), true),
                _ => (direction.ScoreSum.Select(x => -x).ToArray(), Raw(s, s.MinSigma, s.MinMove), true),
            };
            var index = EscalationIndex.Of(values, chart);
            // Only the alert test's threshold moves along the curve; the other conditions (events that day, a move large enough) stay.
            var test = chart with { AlertZ = 0 };
            for (int i = Math.Max(0, from.DayNumber - pair.Start.DayNumber); i < pair.Length && pair.Day(i) <= to; i++)
            {
                if (direction.Events[i] == 0) continue;
                if (detector == Detector.Brink && minHistory > 0 && DaysWithEvents(direction.Events, i - s.BaselineDays, i) < minHistory) continue;
                var (z, passes) = EscalationIndex.Test(index, i, test, hasEvents: true);
                if (!passes || z is not { } zv || (upOnly && zv <= 0)) continue;
                double strength = Math.Abs(zv);
                var day = pair.Day(i);
                if (!days.TryGetValue(day, out var old) || old < strength) days[day] = strength;
            }
        }
        return days;
    }

    private static int DaysWithEvents(int[] events, int from, int to)
    {
        int n = 0;
        for (int k = Math.Max(0, from); k < to; k++) if (events[k] > 0) n++;
        return n;
    }

    /// <summary>The chart on raw day values: no decay, the same baseline days.</summary>
    private static EscalationSettings Raw(EscalationSettings s, double minSigma, double minMove) =>
        s with { WindowDays = 1, HalfLifeDays = 1, MinSigma = minSigma, MinMove = minMove };
}
