using Brink.Coding.Data;
using Brink.Coding.Ontology;

namespace Brink.Coding.Lexicon;

/// <summary>Reads triggers.tsv rows into entries, checking syntax and, when given, the ontology.</summary>
internal static class TriggerReader
{
    public static readonly string[] Columns = ["type", "mode", "cameo", "pos", "lemma", "pattern", "recipient", "notes"];

    public static List<TriggerEntry> Read(TsvTable table, PloverOntology? ontology)
    {
        var entries = new List<TriggerEntry>(table.Rows.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var entry = ReadRow(row, ontology);
            // README rule 5: no two rows share type, mode, pos, lemma, pattern and recipient.
            var key = string.Join('\t', row["type"], row["mode"], row["pos"], row["lemma"], row["pattern"], row["recipient"]);
            if (!seen.TryAdd(key, row.Line))
                throw row.Error("lemma", $"duplicate of line {seen[key]} (same type, mode, pos, lemma, pattern and recipient); remove one");
            entries.Add(entry);
        }
        return entries;
    }

    private static TriggerEntry ReadRow(TsvRow row, PloverOntology? ontology)
    {
        var type = row.Required("type");
        var mode = row.Optional("mode");
        var cameo = row.Required("cameo");
        if (cameo.Length is < 2 or > 4 || !cameo.All(char.IsAsciiDigit))
            throw row.Error("cameo", "a CAMEO code is 2 to 4 digits with leading zeros kept (e.g. 042)");
        if (ontology is not null)
        {
            if (!ontology.IsType(type))
                throw row.Error("type", $"unknown PLOVER type; use one of {string.Join(", ", ontology.Types.Select(t => t.Name))}");
            if (mode is not null && !ontology.IsMode(type, mode))
                throw row.Error("mode", $"{type} has no such mode in modes.tsv; use one of ({string.Join(", ", ontology.Type(type).Modes.Select(m => m.Name))}) or leave empty");
            if (!ontology.IsCameo(cameo))
                throw row.Error("cameo", "CAMEO code is not in data/ontology/cameo-plover.tsv; use the nearest listed code");
        }

        var pos = row["pos"] switch
        {
            "verb" => TriggerPos.Verb,
            "noun" => TriggerPos.Noun,
            "phrase" => TriggerPos.Phrase,
            _ => throw row.Error("pos", "unknown pos; use verb, noun or phrase"),
        };
        var lemma = row.Required("lemma");
        var words = lemma.Split(' ');
        if (lemma != lemma.ToLowerInvariant() || words.Any(w => w.Length == 0))
            throw row.Error("lemma", "write the lemma in lower case, words separated by single spaces");
        if (pos == TriggerPos.Phrase && words.Length < 2)
            throw row.Error("lemma", "a phrase row needs two or more lemmas; use pos verb or noun for a single lemma");
        if (pos != TriggerPos.Phrase && words.Length > 1)
            throw row.Error("lemma", "a verb or noun row has one lemma; use pos phrase for a lemma sequence");

        var pattern = TriggerPatternParser.Parse(row["pattern"], problem => row.Error("pattern", problem));
        var recipients = TriggerPatternParser.ParseRecipients(row.List("recipient"), problem => row.Error("recipient", problem));
        return new TriggerEntry(type, mode, cameo, pos, lemma, words, pattern, recipients, row["notes"], row.Line);
    }
}
