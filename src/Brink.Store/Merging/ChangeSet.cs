namespace Brink.Store.Merging;

/// <summary>What one transaction changed: reports added, reports removed, and the events the removed ones belonged to.</summary>
internal sealed class ChangeSet
{
    public List<ReportFacts> Added { get; } = [];
    public List<ReportFacts> Removed { get; } = [];
    public HashSet<string> StaleEvents { get; } = new(StringComparer.Ordinal);
    /// <summary>Dyad rows (actor, recipient, day, report id) inserted: counted into the dyads table once, at the end, in key order.</summary>
    public List<object?[]> DyadRows { get; } = [];
}
