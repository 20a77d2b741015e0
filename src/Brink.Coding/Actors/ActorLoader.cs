using Brink.Coding.Data;

namespace Brink.Coding.Actors;

/// <summary>Reads and cross-checks the four files of data/actors/.</summary>
internal static class ActorLoader
{
    /// <summary>Sector codes listed in data/actors/README.md.</summary>
    internal static readonly HashSet<string> Sectors = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "REB", "OPP", "PTY", "JRN",
        "BUS", "CVL", "REL", "IGO", "NGO", "EDU", "MED", "REF", "LAB", "ELI",
    };

    private static readonly HashSet<string> OrganizationKinds = new(StringComparer.Ordinal)
    {
        "igo", "armed_group", "party", "media", "gov_body", "military", "security", "legislature", "court", "ngo", "company", "religious",
    };

    /// <summary>Valid country codes that have no row: Western Sahara (README: used for POLISARIO).</summary>
    private static readonly HashSet<string> CodesWithoutRow = new(StringComparer.Ordinal) { "ESH" };

    public static ActorKnowledgeBase Load(string dataDir)
    {
        var countries = ReadCountries(TsvTable.Load(DataFolder.File(dataDir, "actors", "countries.tsv"),
            "code", "iso2", "name", "names", "adjectives", "capital", "metonyms", "un_member"));
        var codes = new HashSet<string>(countries.Select(c => c.Actor.Code), StringComparer.Ordinal);
        codes.UnionWith(CodesWithoutRow);
        var organizations = ReadOrganizations(TsvTable.Load(DataFolder.File(dataDir, "actors", "organizations.tsv"),
            "code", "name", "aliases", "country", "sector", "kind"), codes);
        var orgCodes = new HashSet<string>(organizations.Select(o => o.Actor.Code), StringComparer.Ordinal);
        var persons = ReadOfficeholders(TsvTable.Load(DataFolder.File(dataDir, "actors", "officeholders.tsv"),
            "name", "aliases", "country", "sector", "role", "org", "start", "end"), codes, orgCodes);
        var roles = ReadRoles(TsvTable.Load(DataFolder.File(dataDir, "actors", "roles.tsv"), "pattern", "sector", "plural"));
        // The tables derived from PETRARCH2 by `brink build actors` come after the hand-written ones, which win on conflict.
        return new ActorKnowledgeBase(countries, organizations, persons, roles,
            kb => DerivedActorLoader.Load(dataDir, codes, kb.HandWrittenKeys(), roles));
    }

    private static List<CountryRecord> ReadCountries(TsvTable table)
    {
        var result = new List<CountryRecord>(table.Rows.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = row.Required("code");
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
                throw row.Error("code", "a country code is an ISO 3166-1 alpha-3 code in capitals (e.g. IRN)");
            if (!seen.TryAdd(code, row.Line))
                throw row.Error("code", $"country code is listed twice (first on line {seen[code]})");
            var iso2 = row.Required("iso2");
            if (iso2.Length != 2 || !iso2.All(char.IsAsciiLetterUpper))
                throw row.Error("iso2", "an ISO 3166-1 alpha-2 code is two capitals (e.g. IR)");
            row.YesNo("un_member");
            var name = row.Required("name");
            var actor = new Actor(code, name, code, null, ActorKind.Country);
            var government = actor with { Sector = "GOV" };
            result.Add(new CountryRecord(actor, government, row.List("names"), row.List("adjectives"), row.List("metonyms")));
        }
        return result;
    }

    private static List<OrganizationRecord> ReadOrganizations(TsvTable table, HashSet<string> countryCodes)
    {
        var result = new List<OrganizationRecord>(table.Rows.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = row.Required("code");
            if (!seen.TryAdd(code, row.Line))
                throw row.Error("code", $"organization code is listed twice (first on line {seen[code]}); codes must be unique");
            var country = Country(row, countryCodes);
            var sector = Sector(row);
            var kind = row.Required("kind");
            if (!OrganizationKinds.Contains(kind))
                throw row.Error("kind", $"unknown organization kind; use one of {string.Join(", ", OrganizationKinds)}");
            var actor = new Actor(code, row.Required("name"), country, sector, ActorKind.Organization);
            result.Add(new OrganizationRecord(actor, kind, row.List("aliases")));
        }
        return result;
    }

    private static List<PersonRecord> ReadOfficeholders(TsvTable table, HashSet<string> countryCodes, HashSet<string> orgCodes)
    {
        var persons = new Dictionary<string, PersonRecord>(StringComparer.Ordinal);
        var order = new List<PersonRecord>();
        foreach (var row in table.Rows)
        {
            var name = row.Required("name");
            var country = Country(row, countryCodes);
            var sector = Sector(row);
            var role = row.Required("role");
            var org = row.Optional("org");
            if (org is not null && !orgCodes.Contains(org))
                throw row.Error("org", "organization code is not in organizations.tsv; fix the code or add the organization");
            var start = row.Date("start");
            var end = row.OptionalDate("end");
            if (end < start) throw row.Error("end", $"term ends before it starts ({start:yyyy-MM-dd}); fix start or end");
            if (!persons.TryGetValue(name, out var person))
            {
                persons[name] = person = new PersonRecord(name);
                order.Add(person);
            }
            foreach (var alias in row.List("aliases"))
            {
                if (!person.Aliases.Contains(alias)) person.Aliases.Add(alias);
            }
            person.AddTerm(new OfficeTerm(name, role, country, sector, org, start, end));
        }
        return order;
    }

    private static List<RoleWord> ReadRoles(TsvTable table)
    {
        var result = new List<RoleWord>(table.Rows.Count);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var pattern = row.Required("pattern");
            if (!seen.TryAdd(pattern, row.Line))
                throw row.Error("pattern", $"role pattern is listed twice (first on line {seen[pattern]}); patterns must be unique");
            result.Add(new RoleWord(pattern, Sector(row), row.YesNo("plural")));
        }
        return result;
    }

    internal static string? Country(TsvRow row, HashSet<string> countryCodes)
    {
        var country = row.Optional("country");
        if (country is not null && !countryCodes.Contains(country))
            throw row.Error("country", "unknown country code; use an alpha-3 code from countries.tsv (or leave empty for international)");
        return country;
    }

    internal static string Sector(TsvRow row)
    {
        var sector = row.Required("sector");
        return Sectors.Contains(sector)
            ? sector
            : throw row.Error("sector", $"unknown sector code; use one of {string.Join(", ", Sectors)}");
    }
}
