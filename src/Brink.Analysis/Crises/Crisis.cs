namespace Brink.Analysis;

/// <summary>
/// One known crisis onset of a crisis list (data/crises.tsv): its day, its two sides (ISO 3166 alpha-3 countries or
/// Brink's group codes, the parties of the store's dyads), kind, name and a public source.
/// </summary>
public sealed record Crisis(DateOnly Onset, string SideA, string SideB, CrisisKind Kind, string Name, string Source)
{
    /// <summary>Whether the crisis is between these two parties, in either direction.</summary>
    public bool Involves(string a, string b) => (SideA == a && SideB == b) || (SideA == b && SideB == a);
}
