using Brink.Text.Learning;

namespace Brink.Text.Tagging;

/// <summary>
/// Which parts of speech WordNet 3.1 knows for a word, directly or after stripping a regular
/// inflection (-s, -es, -ies, -ed, -ing, -er, -est), as a small bit mask. It tells the tagger
/// what an unseen word can be. Built from ../shared/lexicon/wordnet-3.1 at training time and stored
/// in the tagger model (WordNet licence: redistribution with its notice, see models/README.md).
/// </summary>
internal sealed class WordNetLexicon
{
    internal const ushort Noun = 1, Verb = 2, Adj = 4, Adv = 8;
    private readonly WordMap<byte> _pos;
    private readonly WordMap<byte> _senses;

    public WordNetLexicon(IReadOnlyCollection<KeyValuePair<ulong, byte>> pos, IReadOnlyCollection<KeyValuePair<ulong, byte>> senses)
    {
        _pos = WordMap<byte>.Of(pos);
        _senses = WordMap<byte>.Of(senses);
    }

    public static WordNetLexicon Empty { get; } = new([], []);

    public int Count => _pos.Count;

    public static WordNetLexicon Build(string dir)
    {
        var pos = new Dictionary<ulong, byte>();
        var senses = new Dictionary<ulong, byte>();
        foreach (var (file, bit) in new[] { ("index.noun", Noun), ("index.verb", Verb), ("index.adj", Adj), ("index.adv", Adv) })
        {
            var lexFile = bit is Noun or Verb ? LexFiles(Path.Combine(dir, bit == Noun ? "data.noun" : "data.verb")) : null;
            string path = Path.Combine(dir, file);
            if (!File.Exists(path)) throw new FileNotFoundException($"WordNet file '{path}' is missing (expected the ../shared/lexicon/wordnet-3.1 folder).");
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0 || line[0] == ' ') continue; // licence header lines start with spaces
                int sp = line.IndexOf(' ');
                if (sp <= 0) continue;
                var lemma = line.AsSpan(0, sp);
                if (lemma.Contains('_')) continue;
                ulong h = FeatureHash.OfLower(lemma);
                pos[h] = (byte)(pos.GetValueOrDefault(h) | bit);
                if (lexFile is not null && FirstSynset(line) is { } offset && lexFile.TryGetValue(offset, out byte lf))
                    senses[SenseKey(h, bit == Noun)] = (byte)(lf + 1);
            }
        }
        return new WordNetLexicon(pos, senses);
    }

    private static ulong SenseKey(ulong lemmaHash, bool noun) => FeatureHash.Mix(noun ? 0x4EUL : 0x56UL, lemmaHash);

    /// <summary>The lexicographer file (supersense: noun.person, verb.communication, ...) of a lemma's most frequent sense, plus one; 0 when unknown.</summary>
    public byte Supersense(ulong lowerLemmaHash, bool noun) => _senses.TryGetValue(SenseKey(lowerLemmaHash, noun), out byte s) ? s : (byte)0;

    /// <summary>Index lines list synset offsets most frequent sense first, after the pointer symbols and two counts.</summary>
    private static string? FirstSynset(string line)
    {
        var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length < 6 || !int.TryParse(f[3], out int pointers)) return null;
        int at = 4 + pointers + 2;
        return at < f.Length ? f[at] : null;
    }

    private static Dictionary<string, byte> LexFiles(string dataPath)
    {
        if (!File.Exists(dataPath)) throw new FileNotFoundException($"WordNet file '{dataPath}' is missing (expected the ../shared/lexicon/wordnet-3.1 folder).");
        var map = new Dictionary<string, byte>();
        foreach (var line in File.ReadLines(dataPath))
        {
            if (line.Length < 12 || line[0] == ' ') continue;
            map[line[..8]] = byte.Parse(line.AsSpan(9, 2));
        }
        return map;
    }

    /// <summary>Bits 0-3: WordNet POS of the word itself; bits 4-11: POS reached through an inflection (which suffix, which POS).</summary>
    public ushort Lookup(ReadOnlySpan<char> word)
    {
        if (_pos.Count == 0 || word.Length > 40) return 0;
        int mask = Get(word);
        Span<char> buf = stackalloc char[word.Length + 1];
        if (word.Length > 3 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase)) mask |= (Get(word[..^1]) & (Noun | Verb)) << 4;
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase)) mask |= (GetWithY(word[..^3], buf) & (Noun | Verb)) << 4;
        if (word.Length > 4 && word.EndsWith("es", StringComparison.OrdinalIgnoreCase)) mask |= (Get(word[..^2]) & (Noun | Verb)) << 4;
        if (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            mask |= ((Get(word[..^2]) | Get(word[..^1])) & Verb) << 6;
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            mask |= ((Get(word[..^3]) | GetWithE(word[..^3], buf)) & Verb) << 7;
        if (word.Length > 4 && word.EndsWith("er", StringComparison.OrdinalIgnoreCase)) mask |= (Get(word[..^2]) & (Adj | Verb)) << 8;
        if (word.Length > 5 && word.EndsWith("est", StringComparison.OrdinalIgnoreCase)) mask |= (Get(word[..^3]) & Adj) << 9;
        return (ushort)mask;
    }

    /// <summary>Whether WordNet lists the lemma (by lowercase hash) with any of the parts of speech in <paramref name="pos"/>.</summary>
    public bool Knows(ulong lowerLemmaHash, int pos) => _pos.TryGetValue(lowerLemmaHash, out byte b) && (b & pos) != 0;

    private int Get(ReadOnlySpan<char> w) => _pos.TryGetValue(FeatureHash.OfLower(w), out byte b) ? b : 0;

    private int GetWithY(ReadOnlySpan<char> stem, Span<char> buf) => GetWithSuffix(stem, 'y', buf);

    private int GetWithE(ReadOnlySpan<char> stem, Span<char> buf) => GetWithSuffix(stem, 'e', buf);

    private int GetWithSuffix(ReadOnlySpan<char> stem, char c, Span<char> buf)
    {
        stem.CopyTo(buf);
        buf[stem.Length] = c;
        return Get(buf[..(stem.Length + 1)]);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_pos);
        w.Write(_senses);
    }

    public static WordNetLexicon Read(BinaryReader r) => new(r.ReadByteMap(), r.ReadByteMap());
}
