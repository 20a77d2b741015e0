using System.Runtime.CompilerServices;
using Brink.Text.Learning;
using static Brink.Text.Learning.FeatureHash;

namespace Brink.Text.Entities;

/// <summary>
/// Feature templates of the entity recognizer: the word and its window, shapes, tags, supersenses,
/// gazetteer matches, capitalized runs, the sentence's case style, and the previous entity tags.
/// </summary>
internal static class EntityFeatures
{
    public const int Max = 60;
    private static readonly WordHashes Pad = MakePad();

    private static WordHashes MakePad()
    {
        var h = new WordHashes();
        WordHashes.Compute("<pad>", ref h);
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Extract(in EntityInput x, int i, int p1, int p2, Span<ulong> f)
    {
        var s = x.Words;
        var tags = x.Tags;
        var gaz = x.Gaz;
        var senses = x.Senses;
        ref readonly var w = ref s[i];
        ref readonly var m1 = ref i > 0 ? ref s[i - 1] : ref Pad;
        ref readonly var m2 = ref i > 1 ? ref s[i - 2] : ref Pad;
        ref readonly var n1 = ref i + 1 < s.Length ? ref s[i + 1] : ref Pad;
        ref readonly var n2 = ref i + 2 < s.Length ? ref s[i + 2] : ref Pad;
        ulong t0 = tags[i], tm1 = i > 0 ? tags[i - 1] : 1, tp1 = i + 1 < s.Length ? tags[i + 1] : 1;
        ulong e1 = (ulong)(p1 + 2), e2 = (ulong)(p2 + 2);
        int k = 0;
        f[k++] = Mix(201, 0);
        f[k++] = Mix(202, w.Lower); f[k++] = Mix(203, w.Form); f[k++] = Mix(204, w.Shape);
        f[k++] = Mix(205, w.Suf3); f[k++] = Mix(206, w.Suf4); f[k++] = Mix(207, w.Pre3);
        f[k++] = Mix(208, m1.Lower); f[k++] = Mix(209, n1.Lower); f[k++] = Mix(210, m2.Lower); f[k++] = Mix(211, n2.Lower);
        f[k++] = Mix(212, m1.Shape, w.Shape); f[k++] = Mix(213, w.Shape, n1.Shape);
        f[k++] = Mix(214, t0); f[k++] = Mix(215, tm1, t0); f[k++] = Mix(216, t0, tp1);
        f[k++] = Mix(217, e1); f[k++] = Mix(218, e1, e2); f[k++] = Mix(219, e1, w.Lower); f[k++] = Mix(220, e1, w.Shape);
        f[k++] = Mix(221, m1.Lower, w.Lower); f[k++] = Mix(222, w.Lower, n1.Lower);
        f[k++] = Mix(223, (ulong)w.Class, i == 0 ? 1UL : 0UL); f[k++] = Mix(224, (ulong)n1.Class, (ulong)m1.Class);
        f[k++] = Mix(225, e1, t0); f[k++] = Mix(226, m1.Form, w.Form); f[k++] = Mix(227, w.Form, n1.Form);
        f[k++] = Mix(228, n1.Suf3); f[k++] = Mix(229, m1.Suf3); f[k++] = Mix(230, w.Pre2);
        f[k++] = Mix(231, w.Shape, t0); f[k++] = Mix(232, w.Lower, t0); f[k++] = Mix(233, m1.Form); f[k++] = Mix(234, n1.Form);
        f[k++] = Mix(235, m2.Shape, m1.Shape, w.Shape); f[k++] = Mix(236, w.Shape, n1.Shape, n2.Shape); f[k++] = Mix(237, w.Suf2);
        f[k++] = Mix(238, e1, m1.Lower); f[k++] = Mix(239, n1.Lower, tp1);
        ulong g = gaz[i], gn = i + 1 < gaz.Length ? gaz[i + 1] : 0xFFUL, gp = i > 0 ? gaz[i - 1] : 0xFFUL;
        ulong c0 = senses[i], cp = i > 0 ? senses[i - 1] : 0xFFUL, cn = i + 1 < senses.Length ? senses[i + 1] : 0xFFUL;
        f[k++] = Mix(244, c0); f[k++] = Mix(245, c0, w.Shape); f[k++] = Mix(246, cp, c0, cn);
        f[k++] = Mix(240, g); f[k++] = Mix(241, g, w.Shape); f[k++] = Mix(242, g, t0); f[k++] = Mix(243, gp, g, gn);
        // The capitalized run around the word: where it sits in it and how the run ends ("... Center", "... Corp.").
        ulong run = x.Runs[i], end = 0, start = 0, endSense = 0xFF;
        if (x.RunBounds[i] >= 0)
        {
            var (first, last) = NameRuns.Bounds(x.RunBounds[i]);
            end = s[last].Lower;
            start = s[first].Lower;
            endSense = senses[last];
        }
        f[k++] = Mix(250, run); f[k++] = Mix(251, run, end); f[k++] = Mix(252, end, e1); f[k++] = Mix(253, run, g);
        f[k++] = Mix(258, run, endSense); f[k++] = Mix(259, run, start);
        // Capitals mean little in lowercase web text or all-caps shouting; the style qualifies the word's own evidence.
        ulong cs = x.CaseStyle;
        f[k++] = Mix(254, cs, w.Shape); f[k++] = Mix(255, cs, g); f[k++] = Mix(256, cs, c0, (ulong)w.Class); f[k++] = Mix(257, cs, e1);
        return k;
    }
}
