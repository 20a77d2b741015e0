using System.Runtime.CompilerServices;
using Brink.Text.Learning;

namespace Brink.Text.Tagging;

/// <summary>Feature templates of the POS tagger: the word, its affixes and shape, two words either side, the two previous tags.</summary>
internal static class TaggerFeatures
{
    public const int Max = 44;
    private static readonly WordHashes Pad = MakePad();

    private static WordHashes MakePad()
    {
        var h = new WordHashes();
        WordHashes.Compute("<pad>", ref h);
        return h;
    }

    /// <summary>Writes the features of word <paramref name="i"/> of sentence <paramref name="s"/> into <paramref name="f"/>; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Extract(ReadOnlySpan<WordHashes> s, ReadOnlySpan<ushort> lex, int i, int p1, int p2, Span<ulong> f)
    {
        ref readonly var w = ref s[i];
        ref readonly var m1 = ref i > 0 ? ref s[i - 1] : ref Pad;
        ref readonly var m2 = ref i > 1 ? ref s[i - 2] : ref Pad;
        ref readonly var n1 = ref i + 1 < s.Length ? ref s[i + 1] : ref Pad;
        ref readonly var n2 = ref i + 2 < s.Length ? ref s[i + 2] : ref Pad;
        ulong t1 = (ulong)(p1 + 2), t2 = (ulong)(p2 + 2);
        int n = 0;
        f[n++] = FeatureHash.Mix(1, 0);
        f[n++] = FeatureHash.Mix(2, w.Lower);
        f[n++] = FeatureHash.Mix(3, w.Form);
        f[n++] = FeatureHash.Mix(4, w.Suf1);
        f[n++] = FeatureHash.Mix(5, w.Suf2);
        f[n++] = FeatureHash.Mix(6, w.Suf3);
        f[n++] = FeatureHash.Mix(7, w.Suf4);
        f[n++] = FeatureHash.Mix(8, w.Pre1);
        f[n++] = FeatureHash.Mix(9, w.Pre2);
        f[n++] = FeatureHash.Mix(10, w.Pre3);
        f[n++] = FeatureHash.Mix(11, w.Shape);
        f[n++] = FeatureHash.Mix(12, (ulong)w.Class, i == 0 ? 1UL : 0UL);
        f[n++] = FeatureHash.Mix(13, m1.Lower);
        f[n++] = FeatureHash.Mix(14, m2.Lower);
        f[n++] = FeatureHash.Mix(15, n1.Lower);
        f[n++] = FeatureHash.Mix(16, n2.Lower);
        f[n++] = FeatureHash.Mix(17, m1.Suf3);
        f[n++] = FeatureHash.Mix(18, n1.Suf3);
        f[n++] = FeatureHash.Mix(19, n1.Shape);
        f[n++] = FeatureHash.Mix(20, m1.Shape);
        f[n++] = FeatureHash.Mix(21, t1);
        f[n++] = FeatureHash.Mix(22, t2);
        f[n++] = FeatureHash.Mix(23, t1, t2);
        f[n++] = FeatureHash.Mix(24, t1, w.Lower);
        f[n++] = FeatureHash.Mix(25, w.Lower, n1.Lower);
        f[n++] = FeatureHash.Mix(26, m1.Lower, w.Lower);
        f[n++] = FeatureHash.Mix(27, t1, w.Suf3);
        f[n++] = FeatureHash.Mix(28, n1.Lower, n2.Lower);
        f[n++] = FeatureHash.Mix(29, w.Suf2, n1.Suf2);
        f[n++] = FeatureHash.Mix(30, (ulong)n1.Class, (ulong)w.Class);
        f[n++] = FeatureHash.Mix(31, t1, n1.Lower);
        f[n++] = FeatureHash.Mix(32, m1.Form, w.Form);
        f[n++] = FeatureHash.Mix(33, n1.Suf4);
        f[n++] = FeatureHash.Mix(34, m2.Suf3, m1.Suf3);
        ulong l0 = lex[i], lm1 = i > 0 ? lex[i - 1] : 0xFFFFUL, lp1 = i + 1 < lex.Length ? lex[i + 1] : 0xFFFFUL;
        f[n++] = FeatureHash.Mix(35, l0);
        f[n++] = FeatureHash.Mix(36, l0, w.Suf2);
        f[n++] = FeatureHash.Mix(37, l0, t1);
        f[n++] = FeatureHash.Mix(38, lp1);
        f[n++] = FeatureHash.Mix(39, lm1, l0);
        return n;
    }
}
