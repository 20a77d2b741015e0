using Brink.Text.Learning;

namespace Brink.Text.Entities;

/// <summary>
/// Runs of capitalized words ("Greater New Orleans Fair Housing Action Center", "Bank of America"),
/// and the sentence's capitalization style. A name's last word often says what it is (Center, Corp.,
/// Street), and the run says where a name may begin and end; the style says whether capitals mean
/// anything at all here (lowercase web text, all-caps shouting, title-case headlines).
/// </summary>
internal static class NameRuns
{
    /// <summary>Case styles.</summary>
    public const byte Normal = 0, Lowercase = 1, AllCaps = 2, TitleCase = 3;
    private static readonly ulong Of = FeatureHash.OfLower("of"), Amp = FeatureHash.OfLower("&"), For = FeatureHash.OfLower("for"), De = FeatureHash.OfLower("de");
    private static readonly ulong I = FeatureHash.OfLower("i"); // "I" is capitalized and says nothing about names

    private static bool Capitalized(in WordHashes w) => (w.Class & WordClass.Title) != 0 && w.Lower != I;

    private static bool Connector(in WordHashes w) => w.Lower == Of || w.Lower == Amp || w.Lower == For || w.Lower == De;

    /// <summary>
    /// Marks runs in <paramref name="runs"/> (bits 0-2: 0 none, 1 first, 2 inside, 3 last, 4 single word; bits 3-4: length, capped at 4)
    /// and each run's first and last word in <paramref name="bounds"/> (<see cref="Bounds"/>; -1 outside runs). A lowercase "of",
    /// "for", "de" or "&amp;" between capitalized words stays inside the run.
    /// </summary>
    public static void Mark(ReadOnlySpan<WordHashes> s, Span<byte> runs, Span<long> bounds)
    {
        runs.Clear();
        bounds.Fill(-1);
        int i = 0;
        while (i < s.Length)
        {
            if (!Capitalized(s[i])) { i++; continue; }
            int end = i + 1;
            while (end < s.Length)
            {
                if (Capitalized(s[end])) end++;
                else if (Connector(s[end]) && end + 1 < s.Length && Capitalized(s[end + 1])) end += 2;
                else break;
            }
            int len = end - i;
            byte size = (byte)(Math.Min(len, 4) << 3);
            long span = ((long)i << 32) | (uint)(end - 1);
            for (int j = i; j < end; j++)
            {
                byte pos = len == 1 ? (byte)4 : j == i ? (byte)1 : j == end - 1 ? (byte)3 : (byte)2;
                runs[j] = (byte)(pos | size);
                bounds[j] = span;
            }
            i = end;
        }
    }

    /// <summary>The first and last word of the run a <see cref="Mark"/> bound describes.</summary>
    public static (int First, int Last) Bounds(long bound) => ((int)(bound >> 32), (int)(uint)bound);

    /// <summary>The sentence's case style, from its words of two letters or more.</summary>
    public static byte CaseStyle(ReadOnlySpan<WordHashes> s)
    {
        int words = 0, title = 0, upper = 0;
        for (int i = 0; i < s.Length; i++)
        {
            var c = s[i].Class;
            if ((c & (WordClass.HasDigit | WordClass.HasPunct)) != 0 || s[i].Lower == I) continue;
            words++;
            if ((c & WordClass.AllUpper) != 0) upper++;
            else if ((c & WordClass.Title) != 0 && i > 0) title++;
        }
        if (words >= 3 && upper * 2 > words) return AllCaps;
        if (words >= 3 && title * 3 > words * 2) return TitleCase;
        if (title == 0 && upper == 0 && (s.Length == 0 || (s[0].Class & WordClass.Title) == 0)) return Lowercase;
        return Normal;
    }
}
