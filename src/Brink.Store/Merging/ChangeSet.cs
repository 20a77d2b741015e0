namespace Brink.Store.Merging;

/// <summary>What one transaction changed: reports added, reports removed, and the events the removed ones belonged to.</summary>
internal sealed class ChangeSet
{
    public List<ReportFacts> Added { get; } = [];
    public List<ReportFacts> Removed { get; } = [];
    public HashSet<string> StaleEvents { get; } = new(StringComparer.Ordinal);
}
