namespace Brink.Text.Learning;

/// <summary>Counts values per key and keeps each key's most frequent value (ties: the lowest value, for determinism).</summary>
internal sealed class MajorityMap
{
    private readonly Dictionary<ulong, Dictionary<int, int>> _counts = [];

    public void Count(ulong key, int value)
    {
        if (!_counts.TryGetValue(key, out var c)) _counts[key] = c = [];
        c[value] = c.GetValueOrDefault(value) + 1;
    }

    public Dictionary<ulong, int> Build(int minCount = 1)
    {
        var best = new Dictionary<ulong, int>(_counts.Count);
        foreach (var (k, c) in _counts)
        {
            var top = c.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First();
            if (top.Value >= minCount) best[k] = top.Key;
        }
        return best;
    }

    public static void Write(BinaryWriter w, Dictionary<ulong, int> map)
    {
        w.Write7BitEncodedInt(map.Count);
        foreach (var (k, v) in map.OrderBy(p => p.Key))
        {
            w.Write(k);
            w.Write7BitEncodedInt(v);
        }
    }

    public static Dictionary<ulong, int> Read(BinaryReader r)
    {
        int n = r.Read7BitEncodedInt();
        var map = new Dictionary<ulong, int>(n);
        for (int i = 0; i < n; i++) map[r.ReadUInt64()] = r.Read7BitEncodedInt();
        return map;
    }
}
