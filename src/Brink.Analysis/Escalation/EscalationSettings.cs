namespace Brink.Analysis;

/// <summary>The index and alert parameters (docs/escalation.md explains each).</summary>
public sealed record EscalationSettings
{
    /// <summary>Days an event keeps counting in the index.</summary>
    public int WindowDays { get; init; } = 14;
    /// <summary>Days after which an event counts half.</summary>
    public double HalfLifeDays { get; init; } = 3;
    /// <summary>Days of the dyad's own history an alert compares against.</summary>
    public int BaselineDays { get; init; } = 28;
    /// <summary>How many standard deviations from the baseline mean raise an alert.</summary>
    public double AlertZ { get; init; } = 3;
    /// <summary>Floor of the baseline's standard deviation, so a quiet dyad does not alert on noise.</summary>
    public double MinSigma { get; init; } = 2;
    /// <summary>Smallest move of the index (points) that can alert.</summary>
    public double MinMove { get; init; } = 5;
}
