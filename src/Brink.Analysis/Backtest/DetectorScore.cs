namespace Brink.Analysis;

/// <summary>
/// A detector's backtest at its alarm threshold: share of crises caught, median lead time of the caught ones, false alarms per
/// dyad-year on the busiest dyads, each crisis's outcome, and the curve as the threshold moves.
/// </summary>
public sealed record DetectorScore(Detector Detector, double Threshold, double HitRate, double? MedianLeadDays, double FalseAlarmsPerDyadYear,
    IReadOnlyList<CrisisOutcome> Crises, IReadOnlyList<CurvePoint> Curve)
{
    /// <summary>The best hit rate on the curve at no more than <paramref name="falseAlarms"/> false alarms per dyad-year (0 if none qualifies).</summary>
    public double HitRateAt(double falseAlarms) => Curve.Where(p => p.FalseAlarmsPerDyadYear <= falseAlarms).Select(p => p.HitRate).DefaultIfEmpty(0).Max();
}
