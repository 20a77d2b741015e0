using Brink.Store;

namespace Brink.Analysis;

/// <summary>
/// One known crisis onset of a crisis list (data/crises.tsv): its day, its two sides (ISO 3166 alpha-3 countries or
/// Brink's group codes, the parties of the store's dyads), kind, name and a public source.
/// </summary>
public sealed record Crisis(DateOnly Onset, string SideA, string SideB, CrisisKind Kind, string Name, string Source)
{
    /// <summary>Whether the crisis is between these two parties, in either direction.</summary>
    public bool Involves(string a, string b) => (SideA == a && SideB == b) || (SideA == b && SideB == a);

    /// <summary>The store's row of this crisis.</summary>
    public StoredCrisis Record() => new(Onset, SideA, SideB, Kind == CrisisKind.Escalation, Name, Source);

    /// <summary>A crisis read back from the store.</summary>
    public static Crisis Of(StoredCrisis c) => new(c.Onset, c.SideA, c.SideB, c.Escalation ? CrisisKind.Escalation : CrisisKind.Deescalation, c.Name, c.Source);

    /// <summary>The store's crises, all or those of one dyad in either direction, oldest first.</summary>
    public static IReadOnlyList<Crisis> Stored(EventStore store, string? a = null, string? b = null) => store.Crises(a, b).Select(Of).ToList();
}
