using System.Text;
using Brink.Coding.Data;

namespace Brink.Coding.Actors.Petrarch;

/// <summary>
/// `brink build actors`: derives data/actors/petrarch2-*.tsv from the PETRARCH2 / Phoenix dictionaries (MIT):
/// persons with dated roles, organizations (international, non-state and national bodies) and agent words.
/// Country codes are those of countries.tsv in the output folder, so every derived row loads. Only rows that
/// can matter for news after 2000 are kept (the files were generated in 2014 and reach back to 1945).
/// </summary>
public static class ActorTableBuilder
{
    internal const string PersonsFile = "petrarch2-persons.tsv";
    internal const string OrganizationsFile = "petrarch2-organizations.tsv";
    internal const string AgentsFile = "petrarch2-agents.tsv";

    /// <summary>Terms that ended before this day are left out.</summary>
    private static readonly DateOnly Since = new(2000, 1, 1);

    private static readonly (string File, string Source)[] ActorFiles =
    [
        ("Phoenix.Countries.actors.txt", "countries"),
        ("Phoenix.International.actors.txt", "international"),
        ("Phoenix.MilNonState.actors.txt", "nonstate"),
    ];

    /// <summary>
    /// Writes the three tables to <paramref name="outDir"/>. With <paramref name="wordnetDir"/>, a name that is one
    /// English word once a leading "The" is dropped ("The Foundation", an alias of a Chicago gang; "Tigers", a
    /// group in Eswatini) is left out: alone in a sentence it is far more often the word than the actor.
    /// </summary>
    public static ActorTableCounts Build(string petrarchDir, string outDir, string? wordnetDir = null)
    {
        // WordNet's lower-case lemmas only: "Taliban" and "Hezbollah" are capitalised there and stay names.
        var words = wordnetDir is null ? [] : Brink.Text.Entities.WordNetInstances.CommonWords(wordnetDir);
        bool Usable(string name) => UsableName(name, words);
        foreach (var (file, _) in ActorFiles.Append(("Phoenix.agents.txt", "")))
        {
            if (!File.Exists(Path.Combine(petrarchDir, file)))
                throw new FileNotFoundException($"PETRARCH2 dictionary '{Path.Combine(petrarchDir, file)}' is missing (expected ../shared/dictionaries/petrarch2).");
        }
        var countries = TsvTable.Load(Path.Combine(outDir, "countries.tsv"), "code").Rows.Select(r => r.Required("code")).ToHashSet(StringComparer.Ordinal);
        countries.Add("ESH");
        var persons = new SortedDictionary<string, DerivedPerson>(StringComparer.Ordinal);
        var organizations = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (file, source) in ActorFiles)
        {
            foreach (var entry in PetrarchActorReader.Read(Path.Combine(petrarchDir, file)))
            {
                if (entry.Codes.Any(c => c.IsDated)) AddPerson(persons, entry, countries, Usable);
                else AddOrganization(organizations, entry, source, countries, Usable);
            }
        }
        var agents = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (pattern, plural, code) in PetrarchAgentReader.Read(Path.Combine(petrarchDir, "Phoenix.agents.txt")))
        {
            if (pattern.Length >= 3 && PetrarchCodes.Split(code, countries) is { } split)
                agents.TryAdd(pattern, [pattern, split.Sector, plural ? "yes" : "no", code]);
        }
        Directory.CreateDirectory(outDir);
        int terms = WritePersons(Path.Combine(outDir, PersonsFile), persons.Values.Where(p => p.IsDated));
        Write(Path.Combine(outDir, OrganizationsFile), "name\taliases\tcountry\tsector\tcode\tsource", organizations.Values);
        Write(Path.Combine(outDir, AgentsFile), "pattern\tsector\tplural\tcode", agents.Values);
        return new ActorTableCounts(persons.Values.Count(p => p.IsDated), terms, organizations.Count, agents.Count);
    }

    private static void AddPerson(SortedDictionary<string, DerivedPerson> persons, PetrarchEntry entry, HashSet<string> countries, Func<string, bool> usable)
    {
        var name = PetrarchNames.Display(entry.Phrase, person: true);
        if (!usable(name)) return;
        if (!persons.TryGetValue(name, out var person)) persons[name] = person = new DerivedPerson(name);
        foreach (var synonym in entry.Synonyms)
        {
            var alias = PetrarchNames.Display(synonym, person: true);
            if (usable(alias) && alias != name) person.Aliases.Add(alias);
        }
        foreach (var code in entry.Codes)
        {
            if (code.End is { } end && end < Since) continue;
            if (PetrarchCodes.Split(code.Code, countries) is not { } split) continue;
            person.Terms.Add((split.Country ?? "", split.Sector, split.Role, code.Start, code.End));
        }
    }

    private static void AddOrganization(SortedDictionary<string, string[]> organizations, PetrarchEntry entry, string source, HashSet<string> countries, Func<string, bool> usable)
    {
        var name = PetrarchNames.Display(entry.Phrase, person: false);
        if (!usable(name) || organizations.ContainsKey(name)) return;
        foreach (var code in entry.Codes)
        {
            // A bare country code marks the country's own names and cities, which countries.tsv and places.tsv hold.
            if (PetrarchCodes.Split(code.Code, countries) is not { } split) continue;
            var aliases = entry.Synonyms.Select(s => PetrarchNames.Display(s, person: false)).Where(a => usable(a) && a != name)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            organizations[name] = [name, string.Join(TsvRow.ListSeparator, aliases), split.Country ?? "", split.Sector, code.Code, source];
            return;
        }
    }

    /// <summary>Names too short to be safe alone ("UN_", "IS"), names with the list separator and single common words are left out.</summary>
    private static bool UsableName(string name, HashSet<string> words)
    {
        if (name.Count(char.IsLetterOrDigit) < 3 || name.Contains(';')) return false;
        var word = name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
        if (word.Contains(' ') || !word.Any(char.IsLower)) return true;
        var lower = word.ToLowerInvariant();
        // WordNet lists base forms: "Tigers" and "Mavericks" are words through "tiger" and "maverick".
        return !words.Contains(lower) && !(lower.EndsWith('s') && words.Contains(lower[..^1]))
            && !(lower.EndsWith("ies", StringComparison.Ordinal) && words.Contains(lower[..^3] + "y"));
    }

    private static int WritePersons(string path, IEnumerable<DerivedPerson> persons)
    {
        var sb = new StringBuilder("name\taliases\tcountry\tsector\trole\tstart\tend\n");
        int rows = 0;
        foreach (var person in persons)
        {
            var aliases = string.Join(TsvRow.ListSeparator, person.Aliases.Order(StringComparer.Ordinal));
            // Dated terms by start, then the undated ones, which PETRARCH2 applies at any other time.
            var terms = Joined(person.Terms).OrderBy(t => t.Start is null && t.End is null).ThenBy(t => t.Start ?? DateOnly.MinValue)
                .ThenBy(t => t.End ?? DateOnly.MaxValue).ThenBy(t => t.Role, StringComparer.Ordinal).ThenBy(t => t.Country, StringComparer.Ordinal);
            foreach (var t in terms)
            {
                sb.Append(person.Name).Append('\t').Append(aliases).Append('\t')
                    .Append(t.Country).Append('\t').Append(t.Sector).Append('\t').Append(t.Role).Append('\t')
                    .Append(t.Start?.ToString("yyyy-MM-dd")).Append('\t').Append(t.End?.ToString("yyyy-MM-dd")).Append('\n');
                aliases = ""; // on the first row of a person only: the loader merges a person's rows
                rows++;
            }
        }
        File.WriteAllText(path, sb.ToString());
        return rows;
    }

    /// <summary>
    /// Distinct terms, with back-to-back terms of the same role joined (CountryInfo starts a new term at each
    /// cabinet reshuffle: Rice's two GOV terms 2001-2005 and 2005-2009 are one), so the table stays small.
    /// </summary>
    private static List<(string Country, string Sector, string Role, DateOnly? Start, DateOnly? End)> Joined(
        List<(string Country, string Sector, string Role, DateOnly? Start, DateOnly? End)> terms)
    {
        var result = new List<(string Country, string Sector, string Role, DateOnly? Start, DateOnly? End)>();
        foreach (var t in terms.Distinct().OrderBy(t => t.Start ?? DateOnly.MinValue).ThenBy(t => t.End ?? DateOnly.MaxValue))
        {
            int last = result.FindLastIndex(r => r.Country == t.Country && r.Role == t.Role);
            if (last >= 0 && result[last] is { Start: not null, End: { } end } prev && t.Start is { } start && start <= end.AddDays(1))
                result[last] = prev with { End = t.End is { } e && e < end ? end : t.End };
            else result.Add(t);
        }
        return result;
    }

    private static void Write(string path, string header, IEnumerable<string[]> rows)
    {
        var sb = new StringBuilder(header).Append('\n');
        foreach (var row in rows) sb.AppendJoin('\t', row).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }
}
