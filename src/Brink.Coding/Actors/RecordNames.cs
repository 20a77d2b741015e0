namespace Brink.Coding.Actors;

/// <summary>The name keys of organizations and persons in precedence order (names before aliases, organizations before persons), for both name indexes.</summary>
internal static class RecordNames
{
    public static IEnumerable<(string, NameTarget)> Of(List<OrganizationRecord> organizations, List<PersonRecord> persons)
    {
        for (int i = 0; i < organizations.Count; i++)
            yield return (NameKey.Normalize(organizations[i].Actor.Name), new(NameSource.OrganizationName, i));
        for (int i = 0; i < organizations.Count; i++)
        {
            foreach (var alias in organizations[i].Aliases) yield return (NameKey.Normalize(alias), new(NameSource.OrganizationAlias, i));
        }
        for (int i = 0; i < persons.Count; i++)
            yield return (NameKey.Normalize(persons[i].Name), new(NameSource.PersonName, i));
        for (int i = 0; i < persons.Count; i++)
        {
            foreach (var alias in persons[i].Aliases) yield return (NameKey.Normalize(alias), new(NameSource.PersonAlias, i));
        }
    }
}
