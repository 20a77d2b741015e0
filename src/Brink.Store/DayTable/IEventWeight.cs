namespace Brink.Store;

/// <summary>
/// How much one merged event moves its dyads' escalation index, from all its reports. Analysis owns the rule; the
/// store only keeps each event's weight and each dyad's daily sums with it, so a series reads days, not reports.
/// </summary>
public interface IEventWeight
{
    /// <summary>The weight of one event given every report of it, in report-id order.</summary>
    double Of(IReadOnlyList<DyadReport> reports);
}
