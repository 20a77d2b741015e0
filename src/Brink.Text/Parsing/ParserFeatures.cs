using System.Runtime.CompilerServices;
using static Brink.Text.Learning.FeatureHash;

namespace Brink.Text.Parsing;

/// <summary>
/// The rich non-local feature set of Zhang and Nivre (2011) for arc-eager parsing: words and tags
/// of the stack top, the buffer front and their heads and outermost children, distance, valency and
/// the label sets of attached children. Words are hashes; tags and labels small integers.
/// </summary>
internal static class ParserFeatures
{
    public const int Max = 96;
    private const ulong None = 0x6E6F6E65UL;

    /// <summary>
    /// The slots <see cref="Extract"/> fills from the buffer's first three words alone (and the constant bias):
    /// they keep their values while the buffer front stays, through every left-arc and reduce.
    /// </summary>
    public static ReadOnlySpan<byte> BufferSlots => [3, 4, 5, 6, 7, 8, 9, 10, 11, 19, 20, 77, 79, 80, 83, 84, 85, 90];

    /// <summary>Every other slot <see cref="Extract"/> fills: those that read the stack or the arcs made.</summary>
    public static ReadOnlySpan<byte> StateSlots =>
    [
        0, 1, 2, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39,
        40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67,
        68, 69, 70, 71, 72, 73, 74, 75, 76, 78, 81, 82, 86, 87, 88, 89,
    ];

    /// <summary>Copies the features of <paramref name="slots"/> from <paramref name="f"/> into <paramref name="into"/> and returns how many.</summary>
    public static int Gather(ReadOnlySpan<ulong> f, ReadOnlySpan<byte> slots, Span<ulong> into)
    {
        for (int i = 0; i < slots.Length; i++) into[i] = f[slots[i]];
        return slots.Length;
    }

    /// <summary>Writes the features of state <paramref name="s"/> into <paramref name="f"/>; words and tags have one slot per word plus the root at n.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Extract(ParseState s, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> suffixes, ReadOnlySpan<ulong> senses, Span<ulong> f)
    {
        int s0 = s.S0, s1 = s.S1, n0 = s.B(0), n1 = s.B(1), n2 = s.B(2);
        int s0h = s0 >= 0 && s0 < s.N ? s.Head[s0] : -1;
        int s0h2 = s0h >= 0 && s0h < s.N ? s.Head[s0h] : -1;
        int s0l = At(s.Left, s0), s0r = At(s.Right, s0), s0l2 = At(s.Left2, s0), s0r2 = At(s.Right2, s0);
        int n0l = At(s.Left, n0), n0l2 = At(s.Left2, n0);

        ulong S0w = W(words, s0), S0p = P(tags, s0), N0w = W(words, n0), N0p = P(tags, n0);
        ulong N1w = W(words, n1), N1p = P(tags, n1), N2w = W(words, n2), N2p = P(tags, n2);
        ulong S1w = W(words, s1), S1p = P(tags, s1), S1wp = Mix(0, S1w, S1p);
        ulong S0wp = Mix(0, S0w, S0p), N0wp = Mix(0, N0w, N0p), N1wp = Mix(0, N1w, N1p), N2wp = Mix(0, N2w, N2p);
        ulong dist = s0 >= 0 && n0 >= 0 && s0 < s.N ? (ulong)Math.Min(n0 - s0, 5) : None;
        ulong S0hw = W(words, s0h), S0hp = P(tags, s0h), S0hl = L(s, s0);
        ulong S0lw = W(words, s0l), S0lp = P(tags, s0l), S0ll = L(s, s0l);
        ulong S0rw = W(words, s0r), S0rp = P(tags, s0r), S0rl = L(s, s0r);
        ulong N0lw = W(words, n0l), N0lp = P(tags, n0l), N0ll = L(s, n0l);
        ulong S0h2w = W(words, s0h2), S0h2p = P(tags, s0h2);
        ulong S0l2w = W(words, s0l2), S0l2p = P(tags, s0l2), S0l2l = L(s, s0l2);
        ulong S0r2w = W(words, s0r2), S0r2p = P(tags, s0r2), S0r2l = L(s, s0r2);
        ulong N0l2w = W(words, n0l2), N0l2p = P(tags, n0l2), N0l2l = L(s, n0l2);
        ulong S0vl = s0 >= 0 ? (ulong)s.LeftCount[s0] : None, S0vr = s0 >= 0 ? (ulong)s.RightCount[s0] : None;
        ulong N0vl = n0 >= 0 ? (ulong)s.LeftCount[n0] : None;
        ulong S0sl = s0 >= 0 ? s.LeftLabels[s0] : None, S0sr = s0 >= 0 ? s.RightLabels[s0] : None;
        ulong N0sl = n0 >= 0 ? s.LeftLabels[n0] : None;

        int k = 0;
        f[k++] = Mix(1, S0wp); f[k++] = Mix(2, S0w); f[k++] = Mix(3, S0p);
        f[k++] = Mix(4, N0wp); f[k++] = Mix(5, N0w); f[k++] = Mix(6, N0p);
        f[k++] = Mix(7, N1wp); f[k++] = Mix(8, N1w); f[k++] = Mix(9, N1p);
        f[k++] = Mix(10, N2wp); f[k++] = Mix(11, N2w); f[k++] = Mix(12, N2p);
        f[k++] = Mix(13, S0wp, N0wp); f[k++] = Mix(14, S0wp, N0w); f[k++] = Mix(15, S0w, N0wp);
        f[k++] = Mix(16, S0wp, N0p); f[k++] = Mix(17, S0p, N0wp); f[k++] = Mix(18, S0w, N0w);
        f[k++] = Mix(19, S0p, N0p); f[k++] = Mix(20, N0p, N1p);
        f[k++] = Mix(21, N0p, N1p, N2p); f[k++] = Mix(22, S0p, N0p, N1p); f[k++] = Mix(23, S0hp, S0p, N0p);
        f[k++] = Mix(24, S0p, S0lp, N0p); f[k++] = Mix(25, S0p, S0rp, N0p); f[k++] = Mix(26, S0p, N0p, N0lp);
        f[k++] = Mix(27, S0w, dist); f[k++] = Mix(28, S0p, dist); f[k++] = Mix(29, N0w, dist);
        f[k++] = Mix(30, N0p, dist); f[k++] = Mix(31, Mix(0, S0w, N0w), dist); f[k++] = Mix(32, Mix(0, S0p, N0p), dist);
        f[k++] = Mix(33, S0w, S0vr); f[k++] = Mix(34, S0p, S0vr); f[k++] = Mix(35, S0w, S0vl);
        f[k++] = Mix(36, S0p, S0vl); f[k++] = Mix(37, N0w, N0vl); f[k++] = Mix(38, N0p, N0vl);
        f[k++] = Mix(39, S0hw); f[k++] = Mix(40, S0hp); f[k++] = Mix(41, S0hl);
        f[k++] = Mix(42, S0lw); f[k++] = Mix(43, S0lp); f[k++] = Mix(44, S0ll);
        f[k++] = Mix(45, S0rw); f[k++] = Mix(46, S0rp); f[k++] = Mix(47, S0rl);
        f[k++] = Mix(48, N0lw); f[k++] = Mix(49, N0lp); f[k++] = Mix(50, N0ll);
        f[k++] = Mix(51, S0h2w); f[k++] = Mix(52, S0h2p); f[k++] = Mix(53, S0hl, S0p);
        f[k++] = Mix(54, S0l2w); f[k++] = Mix(55, S0l2p); f[k++] = Mix(56, S0l2l);
        f[k++] = Mix(57, S0r2w); f[k++] = Mix(58, S0r2p); f[k++] = Mix(59, S0r2l);
        f[k++] = Mix(60, N0l2w); f[k++] = Mix(61, N0l2p); f[k++] = Mix(62, N0l2l);
        f[k++] = Mix(63, S0p, S0lp, S0l2p); f[k++] = Mix(64, S0p, S0rp, S0r2p);
        f[k++] = Mix(65, S0p, S0hp, S0h2p); f[k++] = Mix(66, N0p, N0lp, N0l2p);
        f[k++] = Mix(67, S0w, S0sr); f[k++] = Mix(68, S0p, S0sr); f[k++] = Mix(69, S0w, S0sl);
        f[k++] = Mix(70, S0p, S0sl); f[k++] = Mix(71, N0w, N0sl); f[k++] = Mix(72, N0p, N0sl);
        f[k++] = Mix(73, S1wp); f[k++] = Mix(74, S1p, S0p, N0p); f[k++] = Mix(75, S1w, S0w);
        f[k++] = Mix(76, S0p, N0p, S0ll); f[k++] = Mix(77, s0 >= 0 && s0 < s.N && s.Head[s0] >= 0 ? 1UL : 0UL, S0p, N0p);
        f[k++] = Mix(78, 0);
        ulong S0s = W(suffixes, s0), N0s = W(suffixes, n0), N1s = W(suffixes, n1);
        f[k++] = Mix(79, S0s); f[k++] = Mix(80, N0s); f[k++] = Mix(81, N1s);
        f[k++] = Mix(82, S0s, N0p); f[k++] = Mix(83, S0p, N0s);
        f[k++] = Mix(84, N0w, N1w); f[k++] = Mix(85, N0p, N1w); f[k++] = Mix(86, N0w, N1p);
        ulong S0c = W(senses, s0), N0c = W(senses, n0), N1c = W(senses, n1), S0hc = W(senses, s0h);
        f[k++] = Mix(87, S0c, N0c); f[k++] = Mix(88, S0p, N0c); f[k++] = Mix(89, S0c, N0p);
        f[k++] = Mix(90, S0hc, S0c, N0c); f[k++] = Mix(91, N0c, N1c);
        return k;
    }

    private static int At(int[] a, int i) => i >= 0 ? a[i] : -1;

    private static ulong W(ReadOnlySpan<ulong> words, int i) => i >= 0 ? words[i] : None;

    private static ulong P(ReadOnlySpan<ulong> tags, int i) => i >= 0 ? tags[i] : None;

    private static ulong L(ParseState s, int i) => i >= 0 && i < s.N ? (ulong)(s.Label[i] + 2) : None;
}
