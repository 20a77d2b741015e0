using Brink.Coding.Data;

namespace Brink.Coding.Places;

/// <summary>Place names to countries, the most populous place winning when a name is shared ("Tripoli" is Libya's).</summary>
internal sealed class PlaceIndex
{
    private readonly Dictionary<string, (string Country, long Population)> _byName;

    private PlaceIndex(Dictionary<string, (string, long)> byName) => _byName = byName;

    /// <summary>An index with no places (when data/places is absent).</summary>
    public static PlaceIndex Empty { get; } = new([]);

    /// <summary>Number of distinct names.</summary>
    public int Count => _byName.Count;

    /// <summary>Loads data/places/places.tsv under <paramref name="dataDir"/>; an absent file gives an empty index.</summary>
    public static PlaceIndex Load(string dataDir)
    {
        string path = Path.Combine(dataDir, "places", "places.tsv");
        if (!File.Exists(path)) return Empty;
        var table = TsvTable.Load(path, "name", "country", "population");
        var map = new Dictionary<string, (string, long)>(table.Rows.Count, StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string name = row.Required("name");
            long pop = (long)row.Number("population");
            if (!map.TryGetValue(name, out var known) || known.Item2 < pop) map[name] = (row.Required("country"), pop);
        }
        return new PlaceIndex(map);
    }

    /// <summary>The country of a place name as written ("Erbil" -> IRQ), or null.</summary>
    public string? CountryOf(string name) => _byName.TryGetValue(name, out var p) ? p.Country : null;
}
