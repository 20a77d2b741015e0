namespace Brink.Text.Entities;

/// <summary>
/// Named instances in WordNet 3.1's noun database ("Abraham_Lincoln", "Mecca", "NATO"), classified as
/// person, place or organization by following hypernym links up to person, location or organization.
/// </summary>
internal static class WordNetInstances
{
    public static IEnumerable<(string Name, byte Kind)> Read(string dir)
    {
        string data = Path.Combine(dir, "data.noun"), index = Path.Combine(dir, "index.noun");
        if (!File.Exists(data) || !File.Exists(index)) throw new FileNotFoundException($"WordNet noun files are missing in '{dir}' (expected ../shared/lexicon/wordnet-3.1).");
        var roots = new Dictionary<string, byte>
        {
            [FirstSense(index, "person")] = NameGazetteer.Person,
            [FirstSense(index, "location")] = NameGazetteer.Place,
            [FirstSense(index, "organization")] = NameGazetteer.Organization,
        };
        var synsets = new Dictionary<string, (string[] Words, string[] Hypernyms, bool Instance)>();
        foreach (var line in File.ReadLines(data))
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            var f = line.Split(' ');
            int words = Convert.ToInt32(f[3], 16);
            var lemmas = new string[words];
            for (int w = 0; w < words; w++) lemmas[w] = f[4 + 2 * w].Replace('_', ' ');
            int p = 4 + 2 * words, pointers = int.Parse(f[p]);
            var hyper = new List<string>();
            bool instance = false;
            for (int k = 0; k < pointers; k++)
            {
                string sym = f[p + 1 + 4 * k], target = f[p + 2 + 4 * k];
                if (sym is "@" or "@i") hyper.Add(target);
                if (sym == "@i") instance = true;
            }
            synsets[f[0]] = (lemmas, [.. hyper], instance);
        }
        var memo = new Dictionary<string, byte>();
        foreach (var (offset, s) in synsets)
        {
            if (!s.Instance) continue;
            byte kind = Classify(offset, synsets, roots, memo, 0);
            if (kind == 0) continue;
            foreach (var w in s.Words)
                if (char.IsUpper(w[0])) yield return (w, kind);
        }
    }

    /// <summary>Every lowercase lemma of WordNet's nouns, verbs, adjectives and adverbs (with spaces for underscores): the everyday words.</summary>
    public static HashSet<string> CommonWords(string dir)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in new[] { "noun", "verb", "adj", "adv" })
        {
            string data = Path.Combine(dir, "data." + part);
            if (!File.Exists(data)) throw new FileNotFoundException($"WordNet file '{data}' is missing (expected ../shared/lexicon/wordnet-3.1).");
            foreach (var line in File.ReadLines(data))
            {
                if (line.Length == 0 || line[0] == ' ') continue;
                var f = line.Split(' ');
                int count = Convert.ToInt32(f[3], 16);
                for (int w = 0; w < count; w++)
                {
                    string lemma = f[4 + 2 * w];
                    int paren = lemma.IndexOf('(');
                    if (paren > 0) lemma = lemma[..paren]; // adjective markers: "galore(ip)"
                    if (lemma.Length > 0 && !lemma.Any(char.IsUpper)) words.Add(lemma.Replace('_', ' '));
                }
            }
        }
        return words;
    }

    private static string FirstSense(string index, string lemma)
    {
        foreach (var line in File.ReadLines(index))
        {
            if (!line.StartsWith(lemma + " n ", StringComparison.Ordinal)) continue;
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int pointers = int.Parse(f[3]);
            return f[4 + pointers + 2];
        }
        throw new InvalidDataException($"WordNet index '{index}' has no noun '{lemma}'.");
    }

    private static byte Classify(string offset, Dictionary<string, (string[] Words, string[] Hypernyms, bool Instance)> synsets,
        Dictionary<string, byte> roots, Dictionary<string, byte> memo, int depth)
    {
        if (roots.TryGetValue(offset, out byte root)) return root;
        if (memo.TryGetValue(offset, out byte known)) return known;
        byte kind = 0;
        if (depth < 30 && synsets.TryGetValue(offset, out var s))
            foreach (var h in s.Hypernyms) kind |= Classify(h, synsets, roots, memo, depth + 1);
        memo[offset] = kind;
        return kind;
    }
}
