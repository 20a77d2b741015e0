using System.Globalization;
using System.Text;

namespace Brink.Store.DayTable;

/// <summary>Counts per type or quad as one text column ("ASSAULT:3,THREATEN:1"), in the order the counts were first met.</summary>
internal static class DayCounts
{
    public static string Write(IEnumerable<KeyValuePair<string, int>> counts)
    {
        var sb = new StringBuilder();
        foreach (var (key, n) in counts)
            sb.Append(sb.Length == 0 ? "" : ",").Append(key).Append(':').Append(n.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    public static Dictionary<string, int> Read(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = part.LastIndexOf(':');
            counts[part[..colon]] = int.Parse(part.AsSpan(colon + 1), CultureInfo.InvariantCulture);
        }
        return counts;
    }
}
