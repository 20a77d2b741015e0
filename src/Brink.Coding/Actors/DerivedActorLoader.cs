using Brink.Coding.Actors.Petrarch;
using Brink.Coding.Data;

namespace Brink.Coding.Actors;

/// <summary>
/// Adds the tables `brink build actors` derives from PETRARCH2 (data/actors/petrarch2-*.tsv) after the
/// hand-written records, which win: a derived record whose name is already a hand-written name, metonym or
/// alias is left out (it is most likely the same actor, perhaps coded otherwise), and so is each derived alias
/// that is (office titles and role words count as hand-written names); the knowledge base asks them only about
/// mentions it has no reading of. Missing files are skipped, so a data folder without them loads as before.
/// </summary>
internal static class DerivedActorLoader
{
    /// <summary>
    /// The dictionaries were generated from CountryInfo in January 2014 and their roles stop about 2012: a term
    /// written with no end holds to the end of 2012 at most, so the person is a former office holder after that,
    /// unless the hand-written table (which wins) knows them.
    /// </summary>
    public static readonly DateOnly KnowledgeEnd = new(2012, 12, 31);

    /// <summary>The derived tables under <paramref name="dataDir"/>, or null when there are none.</summary>
    public static DerivedActors? Load(string dataDir, HashSet<string> countryCodes, HashSet<string> taken, IReadOnlyList<RoleWord> handWrittenRoles)
    {
        var folder = DataFolder.File(dataDir, "actors", "");
        var organizations = new List<OrganizationRecord>();
        var persons = new List<PersonRecord>();
        var agents = new List<RoleWord>();
        bool any = false;
        var file = Path.Combine(folder, ActorTableBuilder.OrganizationsFile);
        if (File.Exists(file))
        {
            AddOrganizations(TsvTable.Load(file, "name", "aliases", "country", "sector", "code"), countryCodes, taken, organizations);
            any = true;
        }
        file = Path.Combine(folder, ActorTableBuilder.PersonsFile);
        if (File.Exists(file))
        {
            DerivedPersonReader.Read(file, countryCodes, ActorLoader.Sectors, taken, persons);
            any = true;
        }
        file = Path.Combine(folder, ActorTableBuilder.AgentsFile);
        if (File.Exists(file))
        {
            AddAgents(TsvTable.Load(file, "pattern", "sector", "plural"), handWrittenRoles, agents);
            any = true;
        }
        return any ? new DerivedActors(organizations, persons, agents) : null;
    }

    private static void AddOrganizations(TsvTable table, HashSet<string> countryCodes, HashSet<string> taken, List<OrganizationRecord> organizations)
    {
        foreach (var row in table.Rows)
        {
            var name = row.Required("name");
            if (taken.Contains(NameKey.Normalize(name))) continue;
            var aliases = row.List("aliases").Where(a => !taken.Contains(NameKey.Normalize(a))).ToArray();
            var actor = new Actor(Code(name), name, ActorLoader.Country(row, countryCodes), ActorLoader.Sector(row), ActorKind.Organization);
            organizations.Add(new OrganizationRecord(actor, "petrarch2", aliases));
        }
    }

    private static void AddAgents(TsvTable table, IReadOnlyList<RoleWord> handWritten, List<RoleWord> agents)
    {
        var known = new HashSet<string>(handWritten.Select(r => NameKey.Normalize(r.Pattern)), StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var pattern = row.Required("pattern");
            if (known.Add(NameKey.Normalize(pattern))) agents.Add(new RoleWord(pattern, ActorLoader.Sector(row), row.YesNo("plural")));
        }
    }

    /// <summary>"Free Aceh Movement" -> "FREE_ACEH_MOVEMENT", as persons' codes are made: the derived tables have no mnemonics.</summary>
    private static string Code(string name) =>
        string.Create(name.Length, name, (span, n) =>
        {
            for (int i = 0; i < n.Length; i++) span[i] = char.IsLetterOrDigit(n[i]) ? char.ToUpperInvariant(n[i]) : '_';
        });
}
