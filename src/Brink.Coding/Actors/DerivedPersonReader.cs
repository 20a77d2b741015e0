using Brink.Coding.Data;

namespace Brink.Coding.Actors;

/// <summary>
/// Reads petrarch2-persons.tsv (some 23,000 rows) without the general TSV reader: the rows are machine-written,
/// so a plain split, a fixed-format date parse and one lookup per distinct country, sector and role keep loading
/// fast, while a bad row still fails with its file, line and column.
/// </summary>
internal static class DerivedPersonReader
{
    private static readonly string[] Header = ["name", "aliases", "country", "sector", "role", "start", "end"];

    /// <summary>Adds the persons whose name is not <paramref name="taken"/> (hand-written), with their aliases that are not either.</summary>
    public static void Read(string path, HashSet<string> countryCodes, IReadOnlySet<string> sectors, HashSet<string> taken, List<PersonRecord> persons)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal); // one string per distinct country, sector or role
        using var reader = new StreamReader(path);
        if (reader.ReadLine() is not { } header || header != string.Join('\t', Header))
            throw new DataFormatException(path, 1, null, null, $"expected the header {string.Join(", ", Header)}; rebuild with brink build actors");
        PersonRecord? person = null;
        bool skip = false;
        int lineNo = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNo++;
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length != Header.Length)
                throw new DataFormatException(path, lineNo, null, null, $"expected {Header.Length} tab-separated fields, found {f.Length}");
            if (person is null || person.Name != f[0])
            {
                // A person's rows are consecutive (the table is sorted by name); a name hand-written already is skipped whole.
                skip = f[0].Length == 0 || taken.Contains(NameKey.Normalize(f[0]));
                person = new PersonRecord(f[0], derived: true);
                if (!skip) persons.Add(person);
            }
            if (skip || person is null) continue;
            if (f[1].Length > 0)
            {
                foreach (var alias in f[1].Split(TsvRow.ListSeparator))
                {
                    if (!taken.Contains(NameKey.Normalize(alias)) && !person.Aliases.Contains(alias)) person.Aliases.Add(alias);
                }
            }
            string? country = f[2].Length == 0 ? null : Value(values, f[2], countryCodes.Contains, path, lineNo, "country");
            var sector = Value(values, f[3], sectors.Contains, path, lineNo, "sector");
            var role = Value(values, f[4], r => r.Length > 0, path, lineNo, "role");
            // An empty start is an undated code, which PETRARCH2 applies whenever no dated one does; an empty end
            // stops at the dictionaries' horizon, so the person is not current after it.
            var start = f[5].Length == 0 ? DateOnly.MinValue : Date(f[5], path, lineNo, "start");
            var end = f[6].Length == 0 ? (start > DerivedActorLoader.KnowledgeEnd ? start : DerivedActorLoader.KnowledgeEnd) : Date(f[6], path, lineNo, "end");
            if (end < start) throw new DataFormatException(path, lineNo, "end", f[6], "term ends before it starts; rebuild with brink build actors");
            person.AddTerm(new OfficeTerm(person.Name, role, country, sector, null, start, end));
        }
    }

    private static string Value(Dictionary<string, string> values, string field, Func<string, bool> valid, string path, int line, string column)
    {
        if (values.TryGetValue(field, out var value)) return value;
        if (!valid(field)) throw new DataFormatException(path, line, column, field, $"unknown {column} code; see data/actors/README.md");
        values[field] = field;
        return field;
    }

    /// <summary>YYYY-MM-DD, parsed by position.</summary>
    private static DateOnly Date(string s, string path, int line, string column)
    {
        if (s.Length == 10 && s[4] == '-' && s[7] == '-'
            && int.TryParse(s.AsSpan(0, 4), out int y) && int.TryParse(s.AsSpan(5, 2), out int m) && int.TryParse(s.AsSpan(8, 2), out int d)
            && m is >= 1 and <= 12 && y >= 1 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            return new DateOnly(y, m, d);
        throw new DataFormatException(path, line, column, s, "not a valid date; write it as YYYY-MM-DD");
    }
}
