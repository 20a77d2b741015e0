using System.Runtime.CompilerServices;

namespace Brink.Text.Learning;

/// <summary>
/// 64-bit hashing of spans and of feature tuples, so features are integers built without
/// allocating strings. Templates are distinguished by a small integer mixed into the hash.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) h = (h ^ c) * Prime;
        return Finish(h);
    }

    public static ulong OfLower(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return Finish(h);
    }

    /// <summary>Hash of the last <paramref name="n"/> characters, lowercased (the whole span when shorter).</summary>
    public static ulong Suffix(ReadOnlySpan<char> s, int n) => OfLower(s.Length <= n ? s : s[^n..]) ^ ((ulong)n << 56);

    /// <summary>Hash of the first <paramref name="n"/> characters, lowercased.</summary>
    public static ulong Prefix(ReadOnlySpan<char> s, int n) => OfLower(s.Length <= n ? s : s[..n]) ^ ((ulong)n << 48);

    public static ulong OfString(string s) => Of(s.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong template, ulong a) => Finish((template * 0x9E3779B97F4A7C15UL) ^ a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong template, ulong a, ulong b) => Finish(Mix(template, a) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong template, ulong a, ulong b, ulong c) => Finish(Mix(template, a, b) ^ (c * 0x165667B19E3779F9UL));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return h;
    }

    /// <summary>Word shape with runs collapsed: "Blinken" -> "Xx", "U.S." -> "X.X.", "2024-04-16" -> "d-d-d".</summary>
    public static ulong Shape(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        char last = '\0';
        int n = 0;
        foreach (char c in s)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last) continue;
            last = k;
            h = (h ^ k) * Prime;
            if (++n > 6) break;
        }
        return Finish(h ^ 0x5A);
    }
}
