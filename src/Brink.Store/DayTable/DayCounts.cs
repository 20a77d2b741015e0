using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Brink.Store.DayTable;

/// <summary>
/// Counts per type or quad as one text column ("ASSAULT:3,THREATEN:1"), in the order the counts were first met. Read back
/// lazily: a year of day rows holds thousands of counts, and the web's series uses only a few of them.
/// </summary>
internal sealed class DayCounts(string text) : IReadOnlyDictionary<string, int>
{
    private Dictionary<string, int>? _counts;

    public static string Write(IEnumerable<KeyValuePair<string, int>> counts)
    {
        var sb = new StringBuilder();
        foreach (var (key, n) in counts)
            sb.Append(sb.Length == 0 ? "" : ",").Append(key).Append(':').Append(n.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private Dictionary<string, int> Counts => _counts ??= Parse(text);

    private static Dictionary<string, int> Parse(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = part.LastIndexOf(':');
            counts[part[..colon]] = int.Parse(part.AsSpan(colon + 1), CultureInfo.InvariantCulture);
        }
        return counts;
    }

    public int this[string key] => Counts[key];
    public IEnumerable<string> Keys => Counts.Keys;
    public IEnumerable<int> Values => Counts.Values;
    public int Count => Counts.Count;
    public bool ContainsKey(string key) => Counts.ContainsKey(key);
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value) => Counts.TryGetValue(key, out value);
    public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => Counts.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
