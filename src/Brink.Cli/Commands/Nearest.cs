namespace Brink.Cli.Commands;

/// <summary>The known names nearest a mistyped one (edit distance, ignoring case), for "did you mean" in errors.</summary>
internal static class Nearest
{
    /// <summary>Up to <paramref name="count"/> of <paramref name="known"/>, nearest first; ties in their given order.</summary>
    public static IReadOnlyList<string> To(string given, IEnumerable<string> known, int count = 3) =>
        known.Distinct().Select((k, i) => (k, i, d: Distance(given.ToUpperInvariant(), k.ToUpperInvariant())))
            .OrderBy(x => x.d).ThenBy(x => x.i).Take(count).Select(x => x.k).ToList();

    /// <summary>"; nearest known: A, B, C" or nothing when nothing is known.</summary>
    public static string Hint(string given, IEnumerable<string> known) =>
        To(given, known) is { Count: > 0 } near ? $"; nearest known: {string.Join(", ", near)}" : "; the store holds none";

    private static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) row[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
