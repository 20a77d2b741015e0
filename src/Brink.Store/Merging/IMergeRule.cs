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

    /// <summary>
    /// The event key of each of <paramref name="reports"/>, given every report of their group near them (themselves
    /// included). Asked for many reports at once, so a rule can index the neighbours once.
    /// </summary>
    IReadOnlyList<string> EventKeysOf(IReadOnlyList<ReportFacts> reports, IReadOnlyList<ReportFacts> neighbours);
}
