using System.Globalization;
using Brink.Coding.Actors;
using Brink.Coding.Data;

namespace Brink.Analysis;

/// <summary>
/// Reads a crisis file: tab-separated, the header <c>onset side_a side_b kind name source</c> (any order, extra columns
/// ignored), an ISO onset date, two party codes, <c>escalation</c> or <c>deescalation</c>. A bad row is left out with one
/// message naming file and line, the rest kept; strict reading stops at the first one. A bad header, an empty or binary
/// file is always an error.
/// </summary>
public static class CrisisReader
{
    private static readonly string[] Columns = ["onset", "side_a", "side_b", "kind", "name", "source"];

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="isParty"/>, when given, must accept both sides.</summary>
    public static CrisisList Read(string path, Func<string, bool>? isParty = null, bool strict = false)
    {
        if (Directory.Exists(path)) throw new IOException($"Crisis file '{path}' is a folder; give a .tsv file such as data/crises.tsv.");
        if (!File.Exists(path)) throw new FileNotFoundException($"Crisis file '{path}' does not exist (example: data/crises.tsv).", path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path, isParty, strict);
    }

    internal static CrisisList Read(TextReader reader, string source, Func<string, bool>? isParty = null, bool strict = false)
    {
        var header = reader.ReadLine();
        if (string.IsNullOrWhiteSpace(header))
            throw new DataFormatException(source, 1, null, null, $"the file is empty; its first line must be the header '{string.Join("<TAB>", Columns)}'");
        CheckText(header, source, 1);
        var names = header.Split('\t');
        var at = new int[Columns.Length];
        for (int i = 0; i < Columns.Length; i++)
        {
            at[i] = Array.IndexOf(names, Columns[i]);
            if (at[i] < 0)
                throw new DataFormatException(source, 1, Columns[i], null, $"required column is missing from the header (expected '{string.Join("<TAB>", Columns)}')");
        }

        var crises = new List<Crisis>();
        var errors = new List<string>();
        var seen = new Dictionary<(DateOnly, string, string, CrisisKind), int>();
        int line = 1;
        for (string? raw; (raw = reader.ReadLine()) is not null;)
        {
            line++;
            if (raw.Length == 0) continue;
            CheckText(raw, source, line);
            try
            {
                var crisis = Row(raw.Split('\t'), names, at, source, line, isParty);
                var key = (crisis.Onset, crisis.SideA, crisis.SideB, crisis.Kind);
                if (!seen.TryAdd(key, line))
                    throw new DataFormatException(source, line, null, null, $"repeats the crisis on line {seen[key]} (same onset, sides and kind)");
                crises.Add(crisis);
            }
            catch (DataFormatException e) when (!strict)
            {
                errors.Add(e.Message);
            }
        }
        return new CrisisList(crises, errors);
    }

    /// <summary>
    /// The parties Brink's dyads are made of, from the actor knowledge base: countries and the groups that stand for
    /// themselves (HAMAS, HEZBOLLAH, IRGC), the same rule the store's dyads follow; not IGOs (NATO has no country).
    /// </summary>
    public static Func<string, bool> Parties(ActorKnowledgeBase actors) => code => actors.ByCode(code) is { } a
        && (a.IsCountry || StoreRecords.IsGroup(a.Code, a.Country, a.Sector));

    private static Crisis Row(string[] fields, string[] names, int[] at, string source, int line, Func<string, bool>? isParty)
    {
        if (fields.Length != names.Length)
            throw new DataFormatException(source, line, null, null,
                $"expected {names.Length} tab-separated fields ({string.Join(", ", names)}), found {fields.Length}");
        string Field(int column) => fields[at[column]].Trim();
        DataFormatException Error(int column, string problem) => new(source, line, Columns[column], Field(column), problem);

        if (!DateOnly.TryParseExact(Field(0), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var onset))
            throw Error(0, "not an ISO date; write the onset as YYYY-MM-DD");
        string a = Side(1), b = Side(2);
        if (a == b) throw Error(2, "both sides are the same party");
        var kind = Field(3) switch
        {
            "escalation" => CrisisKind.Escalation,
            "deescalation" => CrisisKind.Deescalation,
            _ => throw Error(3, "expected 'escalation' or 'deescalation'"),
        };
        if (Field(4).Length == 0) throw Error(4, "name the crisis");
        if (Field(5).Length == 0) throw Error(5, "give a public source (a URL) for the onset");
        return new Crisis(onset, a, b, kind, Field(4), Field(5));

        string Side(int column)
        {
            var code = Field(column);
            if (code.Length < 2 || !char.IsAsciiLetterUpper(code[0]) || !code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
                throw Error(column, "a side is an ISO 3166 alpha-3 code or a Brink group code in capitals (IRN, HAMAS)");
            if (isParty is not null && !isParty(code))
                throw Error(column, "not a party Brink codes: a country of data/actors/countries.tsv or a group of data/actors/organizations.tsv with a country");
            return code;
        }
    }

    private static void CheckText(string line, string source, int lineNo)
    {
        if (line.Contains('\0'))
            throw new DataFormatException(source, lineNo, null, null, "the file is binary, not tab-separated text");
    }
}
