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

    public WordMap<int> Build(int minCount = 1)
    {
        var best = new Dictionary<ulong, int>(_counts.Count);
        foreach (var (k, c) in _counts)
        {
            var top = c.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First();
            if (top.Value >= minCount) best[k] = top.Key;
        }
        return new WordMap<int>(best);
    }
}
