namespace Brink.Store;

/// <summary>
/// How one merged event shows in its dyads' series, from all its reports: its weight in the escalation index and what an
/// alert lists about it. Analysis owns the rule; the store keeps its answer per event and dyad, and each dyad's daily
/// sums, so a series reads a row per day and an alert's drivers a row per event, never their reports.
/// </summary>
public interface IEventRule
{
    /// <summary>The event given every report of it, in report-id order.</summary>
    EventDigest Digest(IReadOnlyList<DyadReport> reports);
}
