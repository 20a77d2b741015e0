namespace Brink.Analysis;

/// <summary>What raises the alarms a backtest scores: Brink's alerts, or one of the two simple baselines.</summary>
public enum Detector
{
    /// <summary>Brink's escalation alerts (the index's control chart, either direction of the index).</summary>
    Brink,

    /// <summary>A spike in the raw number of events a day, on the same control chart without the index.</summary>
    EventCount,

    /// <summary>A spike in the day's GDELT-style sum of conflict scores (the negated PLOVER scores, conflict up), on the same chart.</summary>
    ConflictScore,
}
