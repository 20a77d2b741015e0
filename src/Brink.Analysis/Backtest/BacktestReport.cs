namespace Brink.Analysis;

/// <summary>A backtest over [From, To]: the crises with onsets in it, the busiest dyads false alarms are counted on, and each detector's score (Brink first).</summary>
public sealed record BacktestReport(DateOnly From, DateOnly To, int Crises, int BusiestDyads, double DyadYears, IReadOnlyList<DetectorScore> Scores)
{
    /// <summary>Brink's own score.</summary>
    public DetectorScore Brink => Scores.First(s => s.Detector == Detector.Brink);
}
