namespace Brink.Coding.Actors.Petrarch;

/// <summary>A person gathered from every dictionary entry of one display name, before writing.</summary>
internal sealed class DerivedPerson(string name)
{
    public string Name { get; } = name;

    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public List<(string Country, string Sector, string Role, DateOnly? Start, DateOnly? End)> Terms { get; } = [];

    /// <summary>At least one kept term has dates: a person known only by undated codes is left out (their dated terms all ended before 2000).</summary>
    public bool IsDated => Terms.Any(t => t.Start is not null || t.End is not null);
}
