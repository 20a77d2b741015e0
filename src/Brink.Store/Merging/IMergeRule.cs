namespace Brink.Store;

/// <summary>
/// Decides which reports are the same real-world event. A report's event may depend only on the reports of its
/// group (same type and actors) dated within its own <see cref="DaysOf"/>; the store relies on that to re-examine
/// only the reports a change can move, and always hands the rule every report dated on those days, so the
/// answer depends on the stored set only, never on the order reports arrived in.
/// </summary>
public interface IMergeRule
{
    /// <summary>The longest span <see cref="DaysOf"/> returns, in days.</summary>
    int WindowDays { get; }

    /// <summary>
    /// The days a report can belong to (its event depends only on reports dated within them); null when undated.
    /// The store reads by these bounds: a report dated to a day, a year or only by publication may reach back one day
    /// from its date; one dated to a week, month or range may reach <see cref="WindowDays"/> forward.
    /// </summary>
    (DateOnly First, DateOnly Last)? DaysOf(ReportFacts report);

    /// <summary>
    /// The event key of each of <paramref name="reports"/>, given at least every report of their group dated within
    /// their days. Asked for many reports at once, so a rule can index the neighbours once.
    /// </summary>
    IReadOnlyList<string> EventKeysOf(IReadOnlyList<ReportFacts> reports, IReadOnlyList<ReportFacts> neighbours);
}
