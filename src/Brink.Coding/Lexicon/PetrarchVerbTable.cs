using System.Text.RegularExpressions;
using Brink.Coding.Ontology;

namespace Brink.Coding.Lexicon;

/// <summary>
/// Derives data/lexicon/petrarch-verbs.tsv from the PETRARCH2 CAMEO verb dictionary (MIT): each verb of a synonym
/// block, with the PLOVER types its block's patterns code to (CAMEO codes through the conversion table), most
/// patterns first, and the type of the block's own code. The coder's type model reads them as features: a broad
/// list of what a verb can mean, which the annotated data then weighs.
/// </summary>
public static partial class PetrarchVerbTable
{
    [GeneratedRegex(@"\[(~?)(\d{2,4})")]
    private static partial Regex Code();

    [GeneratedRegex(@"^---\s+(\S+)\s+\[([^\]]*)\]")]
    private static partial Regex Header();

    /// <summary>Reads the dictionary and writes the table; returns the number of verbs written.</summary>
    public static int Build(string cameoFile, PloverOntology ontology, string outFile)
    {
        if (!File.Exists(cameoFile)) throw new FileNotFoundException($"PETRARCH2 verb dictionary '{cameoFile}' does not exist (example: ../shared/dictionaries/petrarch2/CAMEO.2.0.txt).", cameoFile);
        var verbs = new SortedDictionary<string, (Dictionary<string, int> Types, string? Default)>(StringComparer.Ordinal);
        var block = new List<string>();
        var counts = new Dictionary<string, int>();
        string? blockDefault = null;
        bool inVerbs = false;
        void Flush()
        {
            foreach (var v in block)
            {
                if (!verbs.TryGetValue(v, out var entry)) verbs[v] = entry = (new Dictionary<string, int>(), blockDefault);
                foreach (var (t, n) in counts) entry.Types[t] = entry.Types.GetValueOrDefault(t) + n;
            }
            block.Clear();
            counts.Clear();
        }
        foreach (string raw in File.ReadLines(cameoFile))
        {
            string line = raw.Trim();
            if (line.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal)) { inVerbs = true; continue; }
            if (!inVerbs || line.Length == 0) continue;
            if (Header().Match(line) is { Success: true } h)
            {
                Flush();
                blockDefault = TypeOf(h.Groups[2].Value, ontology);
                continue;
            }
            string content = line.Split('#')[0];
            var code = Code().Match(content);
            string? type = code.Success && code.Groups[1].Value.Length == 0 ? TypeOf(code.Groups[2].Value, ontology) : null;
            if (line.StartsWith('-'))
            {
                if (type is not null) counts[type] = counts.GetValueOrDefault(type) + 1;
                continue;
            }
            // A verb line: the verb (multiword verbs are joined with "_"), its irregular forms in braces, maybe its own code.
            string verb = content.Split([' ', '{', '['], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            if (verb.Length < 2 || !verb.All(c => char.IsLetter(c) || c is '_' or '-')) continue;
            block.Add(verb.Replace('_', ' ').ToLowerInvariant());
            if (type is not null) counts[type] = counts.GetValueOrDefault(type) + 1;
        }
        Flush();
        using var w = new StreamWriter(outFile) { NewLine = "\n" };
        w.WriteLine("lemma\ttypes\tdefault");
        foreach (var (lemma, (types, def)) in verbs)
        {
            if (types.Count == 0 && def is null) continue;
            w.WriteLine($"{lemma}\t{string.Join(" ; ", types.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key))}\t{def}");
        }
        return verbs.Count(v => v.Value.Types.Count > 0 || v.Value.Default is not null);
    }

    /// <summary>The PLOVER type of a CAMEO code, trying shorter prefixes ("0874" -> "087") when the table lacks it.</summary>
    private static string? TypeOf(string code, PloverOntology ontology)
    {
        for (string c = code.Trim(); c.Length >= 2 && c.All(char.IsDigit); c = c[..^1])
            if (ontology.FromCameo(c) is { } m) return m.Type;
        return null;
    }
}
