using Brink.Text.Learning;

namespace Brink.Text.Entities;

/// <summary>
/// Known names with their kinds (place, person, organization) as hashes of their lowercased token
/// sequences, matched longest-first in a sentence. Places come from the GeoNames and ISO 3166 tables
/// in ../shared/gazetteer (countries, capitals, cities of 50,000 people or more); people, places and
/// organizations also from WordNet 3.1's named instances. Built at training time and stored inside
/// the NER model, so a feature can say "this token is inside a known name" for names the treebank
/// never showed. Names that are also everyday words in WordNet ("Reading", "Mobile") are flagged as such.
/// </summary>
internal sealed class NameGazetteer
{
    public const int MaxTokens = 4;
    public const byte Place = 1, Person = 2, Organization = 4;
    /// <summary>The name is also an everyday word ("reading", "mobile", "turkey"): lowercase, it is probably not a name.</summary>
    public const byte Common = 8;
    private const int MinPopulation = 50_000;
    private readonly WordMap<byte> _names;
    // Nearly every run of tokens tried is no name; the filter answers those without the dictionary.
    private readonly HashFilter _filter;

    public NameGazetteer(IReadOnlyCollection<KeyValuePair<ulong, byte>> names)
    {
        _names = WordMap<byte>.Of(names);
        _filter = new HashFilter(_names.Select(p => p.Key).ToArray());
    }

    public static NameGazetteer Empty { get; } = new([]);

    public int Count => _names.Count;

    /// <summary>Builds from the gazetteer folder and/or the WordNet folder (either may be null).</summary>
    public static NameGazetteer Build(string? gazetteerDir, string? wordNetDir)
    {
        var result = new Dictionary<ulong, byte>();
        var tokenizer = new Tokenizer();
        var common = wordNetDir is not null ? WordNetInstances.CommonWords(wordNetDir) : [];
        if (gazetteerDir is not null) foreach (var n in PlaceNames(gazetteerDir)) Add(result, tokenizer, n, Place, common);
        if (wordNetDir is not null) foreach (var (n, kind) in WordNetInstances.Read(wordNetDir)) Add(result, tokenizer, n, kind, common);
        return new NameGazetteer(result);
    }

    private static void Add(Dictionary<ulong, byte> result, Tokenizer tokenizer, string name, byte kind, HashSet<string> common)
    {
        if (name.Length < 3) return;
        if (common.Contains(name.ToLowerInvariant())) kind |= Common;
        var doc = new Doc(name);
        tokenizer.Process(doc);
        if (doc.Count == 0 || doc.Count > MaxTokens) return;
        ulong h = HashRun(doc, 0, doc.Count);
        result[h] = (byte)(result.GetValueOrDefault(h) | kind);
    }

    private static List<string> PlaceNames(string dir)
    {
        var names = new List<string>();
        string cities = Path.Combine(dir, "geonames-cities1000.tsv");
        string countries = Path.Combine(dir, "iso3166-countries.tsv");
        string capitals = Path.Combine(dir, "countries-capitals.tsv");
        foreach (var path in new[] { cities, countries, capitals })
            if (!File.Exists(path)) throw new FileNotFoundException($"Gazetteer file '{path}' is missing (expected the ../shared/gazetteer folder).");
        foreach (var line in File.ReadLines(cities).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length > 6 && long.TryParse(f[6], out long pop) && pop >= MinPopulation)
            {
                names.Add(f[1]);
                if (f[2].Length > 0) names.Add(f[2]);
            }
        }
        foreach (var line in File.ReadLines(countries).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length > 3) names.Add(f[3]);
            if (f.Length > 4) names.AddRange(f[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }
        foreach (var line in File.ReadLines(capitals).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length > 3) { names.Add(f[1]); names.Add(f[3]); }
        }
        return names;
    }

    // A run's hash chains its tokens' lowercase hashes from this seed, so the runs starting at one token extend each other.
    private const ulong RunSeed = 0x9AE16A3B2F90404FUL;

    private static ulong HashRun(Doc doc, int start, int end)
    {
        ulong h = RunSeed;
        for (int i = start; i < end; i++) h = FeatureHash.Mix(h, FeatureHash.OfLower(doc.Text.AsSpan(doc.Data(i).Start, doc.Data(i).Length)));
        return h;
    }

    /// <summary>Marks matches in <paramref name="tags"/>: bits 0-2 the position (0 none, 1 begin, 2 inside, 3 last, 4 single token), bits 3-6 the kinds (with <see cref="Common"/>).</summary>
    public void Tag(ReadOnlySpan<WordHashes> sentence, Span<byte> tags)
    {
        tags.Clear();
        if (_names.Count == 0) return;
        Span<ulong> runs = stackalloc ulong[MaxTokens]; // runs[n - 1]: the hash of the n tokens from i
        for (int i = 0; i < sentence.Length;)
        {
            int len = 0, max = Math.Min(MaxTokens, sentence.Length - i);
            byte kind = 0;
            ulong run = RunSeed;
            for (int n = 1; n <= max; n++) runs[n - 1] = run = FeatureHash.Mix(run, sentence[i + n - 1].Lower);
            for (int n = max; n >= 1 && len == 0; n--)
                if (_filter.MayContain(runs[n - 1]) && _names.TryGetValue(runs[n - 1], out kind)) len = n;
            if (len == 0) { i++; continue; }
            int k = kind << 3;
            if (len == 1) tags[i] = (byte)(4 | k);
            else
            {
                tags[i] = (byte)(1 | k);
                for (int j = i + 1; j < i + len - 1; j++) tags[j] = (byte)(2 | k);
                tags[i + len - 1] = (byte)(3 | k);
            }
            i += len;
        }
    }

    public void Write(BinaryWriter w) => w.Write(_names);

    public static NameGazetteer Read(BinaryReader r) => new(r.ReadByteMap());
}
