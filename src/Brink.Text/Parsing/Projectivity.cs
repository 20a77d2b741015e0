namespace Brink.Text.Parsing;

/// <summary>
/// Pseudo-projective parsing (Nivre and Nilsson 2005, "head" encoding): training trees are made
/// projective by lifting crossing arcs to their grandparent and marking the label as
/// "dep|headdep"; after parsing, marked arcs are lowered again to the nearest word below the
/// new head whose own label is "headdep".
/// </summary>
internal static class Projectivity
{
    public const char Mark = '|';

    /// <summary>Lifts non-projective arcs in place; heads are 0-based with -1 for the root.</summary>
    public static int Projectivize(int[] heads, string[] labels)
    {
        int lifts = 0;
        while (true)
        {
            int worst = -1, worstLen = int.MaxValue;
            for (int d = 0; d < heads.Length; d++)
            {
                int h = heads[d];
                if (h < 0 || IsProjective(heads, h, d)) continue;
                int len = Math.Abs(h - d);
                if (len < worstLen) { worst = d; worstLen = len; }
            }
            if (worst < 0) return lifts;
            int head = heads[worst];
            if (!labels[worst].Contains(Mark)) labels[worst] = labels[worst] + Mark + BaseOf(labels[head]);
            heads[worst] = heads[head];
            lifts++;
        }
    }

    /// <summary>The relation of a label without its lift mark: "case" for "case|obl".</summary>
    public static string BaseOf(string label) => label.IndexOf(Mark) is int i and >= 0 ? label[..i] : label;

    /// <summary>Whether every word between <paramref name="h"/> and <paramref name="d"/> descends from h.</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads, int h, int d)
    {
        int lo = Math.Min(h, d), hi = Math.Max(h, d);
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k;
            int steps = 0;
            while (a >= 0 && a != h && steps++ <= heads.Length) a = heads[a];
            if (a != h) return false;
        }
        return true;
    }

    /// <summary>Lowers marked arcs; <paramref name="labelOf"/> gives a label id's name and <paramref name="idOf"/> the id of a plain label.</summary>
    public static void Deprojectivize(Span<int> heads, Span<int> labels, Func<int, string> labelOf, Func<string, int> idOf)
    {
        for (int d = 0; d < heads.Length; d++)
        {
            string name = labelOf(labels[d]);
            int mark = name.IndexOf(Mark);
            if (mark < 0) continue;
            string want = name[(mark + 1)..];
            int plain = idOf(name[..mark]);
            if (plain >= 0) labels[d] = plain;
            int target = FindBelow(heads, labels, labelOf, heads[d], d, want);
            if (target >= 0) heads[d] = target;
        }
    }

    /// <summary>Breadth-first, left to right, the first descendant of <paramref name="root"/> labelled <paramref name="want"/> that is not <paramref name="d"/> or below it.</summary>
    private static int FindBelow(Span<int> heads, Span<int> labels, Func<int, string> labelOf, int root, int d, string want)
    {
        if (root < 0) return -1;
        Span<int> queue = heads.Length <= 512 ? stackalloc int[heads.Length] : new int[heads.Length];
        int qh = 0, qt = 0;
        queue[qt++] = root;
        while (qh < qt)
        {
            int x = queue[qh++];
            for (int c = 0; c < heads.Length; c++)
            {
                if (heads[c] != x || c == d) continue;
                string name = labelOf(labels[c]);
                if (name == want || (name.StartsWith(want, StringComparison.Ordinal) && name.Length > want.Length && name[want.Length] is ':' or Mark))
                    return c;
                if (qt < queue.Length) queue[qt++] = c;
            }
        }
        return -1;
    }
}
