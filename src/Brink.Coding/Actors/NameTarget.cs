namespace Brink.Coding.Actors;

/// <summary>One reading of a name: its source and the index of the country, organization or person.</summary>
internal sealed record NameTarget(NameSource Source, int Index)
{
    public bool IsPerson => Source >= NameSource.PersonName;

    /// <summary>Same country, organization or person, whatever the source.</summary>
    public static bool SameEntity(NameTarget a, NameTarget b) => a.Index == b.Index && Group(a.Source) == Group(b.Source);

    private static int Group(NameSource source) => source switch
    {
        NameSource.CountryName or NameSource.CountryMetonym => 0,
        NameSource.OrganizationName or NameSource.OrganizationAlias => 1,
        _ => 2,
    };
}
