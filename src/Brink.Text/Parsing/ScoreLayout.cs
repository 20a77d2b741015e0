using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Brink.Text.Parsing;

/// <summary>
/// The order in which the parser's model holds its classes at run time: shift, reduce, every right arc,
/// then every left arc. Half the states allow no left arc (the stack top already has its head), and then
/// only a prefix of the scores is read, so the dense rows' left-arc blocks are not added at all.
/// Training and the model files keep the <see cref="ActionSpace"/> order.
/// </summary>
internal static class ScoreLayout
{
    /// <summary>The labels a model of <paramref name="classes"/> actions scores.</summary>
    public static int LabelsOf(int classes) => classes >= 2 && classes % 2 == 0
        ? (classes - 2) / 2
        : throw new FormatException($"{classes} classes cannot be parser actions (shift, reduce and two per label)");

    /// <summary>As <see cref="SlotsOf"/>, for a model of <paramref name="classes"/> actions.</summary>
    public static int[] SlotsForClasses(int classes) => SlotsOf(LabelsOf(classes));

    /// <summary>For each action of <see cref="ActionSpace"/>, its place in this layout.</summary>
    public static int[] SlotsOf(int labels)
    {
        var slots = new int[ActionSpace.Count(labels)];
        slots[0] = 0;
        slots[1] = 1;
        for (int l = 0; l < labels; l++)
        {
            slots[ActionSpace.Action(Transition.RightArc, l)] = 2 + l;
            slots[ActionSpace.Action(Transition.LeftArc, l)] = 2 + labels + l;
        }
        return slots;
    }

    /// <summary>How many leading scores a state needs: all of them only when a left arc is allowed.</summary>
    public static int Needed(int labels, ReadOnlySpan<bool> valid) => valid[(int)Transition.LeftArc] ? 2 + 2 * labels : 2 + labels;

    /// <summary>
    /// The action (in <see cref="ActionSpace"/> numbering) that <see cref="ActionSpace.Best{T}"/> would choose from the
    /// same scores in its own order: the highest-scoring valid one, ties going to the lowest action number.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Best(ReadOnlySpan<int> scores, int labels, ReadOnlySpan<bool> valid)
    {
        int best = -1;
        for (int a = 0; a < 2; a++)
            if (valid[a] && (best < 0 || scores[a] > scores[best])) best = a;
        bool left = valid[(int)Transition.LeftArc], right = valid[(int)Transition.RightArc];
        if (labels == 0 || (!left && !right)) return best;
        int r = right ? FirstMax(scores.Slice(2, labels)) : -1;
        int l = left ? FirstMax(scores.Slice(2 + labels, labels)) : -1;
        // In action order left arc l (2 + 2l) precedes right arc l (3 + 2l) and follows right arc l - 1.
        bool takeLeft = r < 0 || (l >= 0 && (scores[2 + labels + l] > scores[2 + r] || (scores[2 + labels + l] == scores[2 + r] && l <= r)));
        int arc = takeLeft ? ActionSpace.Action(Transition.LeftArc, l) : ActionSpace.Action(Transition.RightArc, r);
        int arcScore = takeLeft ? scores[2 + labels + l] : scores[2 + r];
        return best < 0 || arcScore > scores[best] ? arc : best;
    }

    /// <summary>The first index of the highest score, the scan vectorized.</summary>
    private static int FirstMax(ReadOnlySpan<int> s)
    {
        int n = s.Length, i = 0;
        ref int at = ref MemoryMarshal.GetReference(s);
        int max = int.MinValue;
        if (Vector256.IsHardwareAccelerated && n >= 8)
        {
            var top = Vector256.Create(int.MinValue);
            for (; i + 8 <= n; i += 8) top = Vector256.Max(top, Vector256.LoadUnsafe(ref at, (nuint)i));
            for (int k = 0; k < 8; k++) max = Math.Max(max, top[k]);
        }
        for (; i < n; i++) max = Math.Max(max, s[i]);
        i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var target = Vector256.Create(max);
            for (; i + 8 <= n; i += 8)
            {
                uint hits = Vector256.Equals(Vector256.LoadUnsafe(ref at, (nuint)i), target).ExtractMostSignificantBits();
                if (hits != 0) return i + BitOperations.TrailingZeroCount(hits);
            }
        }
        for (; i < n; i++) if (s[i] == max) return i;
        return -1;
    }
}
