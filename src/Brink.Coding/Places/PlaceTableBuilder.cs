using System.Text;

namespace Brink.Coding.Places;

/// <summary>
/// Derives data/places/places.tsv from the GeoNames table in ../shared/gazetteer: every capital,
/// first-level administrative seat and place of 50,000 people or more, with its ISO alpha-3 country
/// and population (so ambiguous names can be ranked). `brink build places` runs it.
/// </summary>
public static class PlaceTableBuilder
{
    private const long MinPopulation = 50_000;

    /// <summary>Writes the table to <paramref name="outPath"/>; returns the number of places.</summary>
    public static int Build(string gazetteerDir, string outPath)
    {
        string cities = Path.Combine(gazetteerDir, "geonames-cities1000.tsv"), codes = Path.Combine(gazetteerDir, "iso3166-countries.tsv");
        foreach (var p in new[] { cities, codes })
            if (!File.Exists(p)) throw new FileNotFoundException($"Gazetteer file '{p}' is missing (expected ../shared/gazetteer).");
        var alpha3 = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(codes).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length > 1) alpha3[f[0]] = f[1];
        }
        alpha3["XK"] = "XKX";
        var rows = new List<(string Name, string Country, long Population, string Kind)>();
        foreach (var line in File.ReadLines(cities).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 7 || !long.TryParse(f[6], out long pop)) continue;
            bool seat = f[4] is "PPLC" or "PPLA";
            if (pop < MinPopulation && !seat) continue;
            if (!alpha3.TryGetValue(f[3], out var country)) continue;
            rows.Add((f[1], country, pop, f[4]));
            if (f[2].Length > 0 && f[2] != f[1]) rows.Add((f[2], country, pop, f[4]));
        }
        var sb = new StringBuilder("name\tcountry\tpopulation\tkind\n");
        foreach (var r in rows.OrderBy(r => r.Name, StringComparer.Ordinal).ThenByDescending(r => r.Population).ThenBy(r => r.Country, StringComparer.Ordinal))
            sb.Append(r.Name).Append('\t').Append(r.Country).Append('\t').Append(r.Population).Append('\t').Append(r.Kind).Append('\n');
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        File.WriteAllText(outPath, sb.ToString());
        return rows.Count;
    }
}
