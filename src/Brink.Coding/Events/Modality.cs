namespace Brink.Coding;

/// <summary>Whether and how the event happened, as the text reports it.</summary>
public enum Modality
{
    /// <summary>Reported as having happened.</summary>
    Asserted,
    /// <summary>Someone claims or alleges it happened.</summary>
    Claimed,
    /// <summary>Would happen if a condition is met ("would respond to any strike").</summary>
    Conditional,
    /// <summary>Possible, not asserted ("may have rejected").</summary>
    Hypothetical,
    /// <summary>Announced for the future ("will respond").</summary>
    Future,
    /// <summary>Reported as not happening ("doesn't seek escalation").</summary>
    Negated,
}
