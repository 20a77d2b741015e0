namespace Brink.Coding.Actors;

/// <summary>
/// The organizations, persons and agent words of the PETRARCH2 tables, looked up only when the hand-written
/// tables have no reading of a mention (which is how the hand-written records win). Immutable once built.
/// </summary>
internal sealed class DerivedActors
{
    private readonly List<OrganizationRecord> _organizations;
    private readonly List<PersonRecord> _persons;
    private readonly NameIndex<NameTarget> _names;
    private readonly Dictionary<string, RoleWord>.AlternateLookup<ReadOnlySpan<char>> _roles;

    public DerivedActors(List<OrganizationRecord> organizations, List<PersonRecord> persons, List<RoleWord> agents)
    {
        _organizations = organizations;
        _persons = persons;
        _names = new NameIndex<NameTarget>(RecordNames.Of(organizations, persons), NameTarget.SameEntity);
        var roles = new Dictionary<string, RoleWord>(agents.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var agent in agents) roles.TryAdd(NameKey.Normalize(agent.Pattern), agent);
        _roles = roles.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Organizations => _organizations.Count;

    public int Persons => _persons.Count;

    /// <summary>As the knowledge base's FindName: organizations before persons, a person with the term valid on the date.</summary>
    public Actor? FindName(ReadOnlySpan<char> mention, DateOnly date)
    {
        var candidates = _names.FindRaw(mention);
        if (candidates.Length == 0) return null;
        var best = candidates[0];
        return best.IsPerson ? PersonChooser.Choose(candidates, best.Source, date, _persons).On(date) : _organizations[best.Index].Actor;
    }

    /// <summary>The agent word for an already normalised key, or null.</summary>
    public RoleWord? FindRole(ReadOnlySpan<char> key) => _roles.TryGetValue(key, out var role) ? role : null;
}
