using Brink.Text.Learning;

namespace Brink.Text.Entities;

/// <summary>
/// Known place names (countries, capitals, cities of 50,000 people or more) as hashes of their
/// lowercased token sequences, matched longest-first in a sentence. Built from the GeoNames and
/// ISO 3166 tables in ../shared/gazetteer at training time and stored inside the NER model, so a
/// feature can say "this token is inside a known place name" for names the treebank never showed.
/// </summary>
internal sealed class PlaceGazetteer
{
    public const int MaxTokens = 4;
    private const int MinPopulation = 50_000;
    private readonly HashSet<ulong> _names;

    public PlaceGazetteer(HashSet<ulong> names) => _names = names;

    public static PlaceGazetteer Empty { get; } = new([]);

    public int Count => _names.Count;

    public static PlaceGazetteer Build(string dir)
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
        var set = new HashSet<ulong>();
        var tokenizer = new Tokenizer();
        foreach (var name in names)
        {
            if (name.Length < 3) continue;
            var doc = new Doc(name);
            tokenizer.Process(doc);
            if (doc.Count == 0 || doc.Count > MaxTokens) continue;
            set.Add(HashRun(doc, 0, doc.Count));
        }
        return new PlaceGazetteer(set);
    }

    private static ulong HashRun(Doc doc, int start, int end)
    {
        ulong h = 0x9AE16A3B2F90404FUL;
        for (int i = start; i < end; i++) h = FeatureHash.Mix(h, FeatureHash.OfLower(doc.Text.AsSpan(doc.Data(i).Start, doc.Data(i).Length)));
        return h;
    }

    private static ulong HashRun(ReadOnlySpan<WordHashes> s, int start, int end)
    {
        ulong h = 0x9AE16A3B2F90404FUL;
        for (int i = start; i < end; i++) h = FeatureHash.Mix(h, s[i].Lower);
        return h;
    }

    /// <summary>Marks matches in <paramref name="tags"/>: 0 none, 1 begin, 2 inside, 3 last, 4 single token.</summary>
    public void Tag(ReadOnlySpan<WordHashes> sentence, Span<byte> tags)
    {
        tags.Clear();
        if (_names.Count == 0) return;
        for (int i = 0; i < sentence.Length;)
        {
            int len = 0;
            for (int n = Math.Min(MaxTokens, sentence.Length - i); n >= 1 && len == 0; n--)
                if (_names.Contains(HashRun(sentence, i, i + n))) len = n;
            if (len == 0) { i++; continue; }
            if (len == 1) tags[i] = 4;
            else
            {
                tags[i] = 1;
                for (int j = i + 1; j < i + len - 1; j++) tags[j] = 2;
                tags[i + len - 1] = 3;
            }
            i += len;
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write7BitEncodedInt(_names.Count);
        foreach (var h in _names.Order()) w.Write(h);
    }

    public static PlaceGazetteer Read(BinaryReader r)
    {
        int n = r.Read7BitEncodedInt();
        var set = new HashSet<ulong>(n);
        for (int i = 0; i < n; i++) set.Add(r.ReadUInt64());
        return new PlaceGazetteer(set);
    }
}
