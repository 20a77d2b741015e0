namespace Brink.Store;

/// <summary>
/// Decides which reports are the same real-world event. The store calls it for the reports a new or
/// removed report can affect, always with every report of the same group within <see cref="WindowDays"/>,
/// so the answer depends on the stored set only, never on the order reports arrived in.
/// </summary>
public interface IMergeRule
{
    /// <summary>How far (days) from a report's dates another report of its group can change where it belongs.</summary>
    int WindowDays { get; }

    /// <summary>Whether a report on <paramref name="day"/> can change the event of <paramref name="report"/>.</summary>
    bool IsAffectedBy(ReportFacts report, DateOnly day);

    /// <summary>The event key of <paramref name="report"/>, given every report of its group near it (itself included).</summary>
    string EventKeyOf(ReportFacts report, IReadOnlyList<ReportFacts> neighbours);
}
