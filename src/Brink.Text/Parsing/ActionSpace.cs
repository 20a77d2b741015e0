using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Brink.Text.Parsing;

/// <summary>
/// Labeled transitions as one class space: 0 shift, 1 reduce, 2 + 2l left-arc with label l,
/// 3 + 2l right-arc with label l. One model scores structure and label together.
/// </summary>
internal static class ActionSpace
{
    public static int Count(int labels) => 2 + 2 * labels;

    public static Transition TransitionOf(int action) => action < 2 ? (Transition)action : (Transition)(2 + (action & 1));

    public static int LabelOf(int action) => action < 2 ? -1 : (action - 2) >> 1;

    public static int Action(Transition t, int label) => t switch
    {
        Transition.Shift => 0,
        Transition.Reduce => 1,
        Transition.LeftArc => 2 + 2 * label,
        _ => 3 + 2 * label,
    };

    /// <summary>The best-scoring action whose transition is valid in <paramref name="valid"/> (the first one on ties).</summary>
    /// <remarks>Arc actions alternate left, right; when only one arc transition is valid, every other action is skipped unread.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Best<T>(ReadOnlySpan<T> scores, ReadOnlySpan<bool> valid) where T : struct, System.Numerics.INumber<T>
    {
        int best = -1;
        for (int a = 0; a < 2 && a < scores.Length; a++)
            if (valid[a] && (best < 0 || scores[a] > scores[best])) best = a;
        bool left = valid[(int)Transition.LeftArc], right = valid[(int)Transition.RightArc];
        if (!left && !right) return best;
        if (typeof(T) == typeof(int) && Vector256.IsHardwareAccelerated)
        {
            var ints = MemoryMarshal.Cast<T, int>(scores);
            int arc = BestArc(ints, left, right);
            return arc >= 0 && (best < 0 || ints[arc] > ints[best]) ? arc : best;
        }
        int step = left && right ? 1 : 2;
        for (int a = left ? 2 : 3; a < scores.Length; a += step)
            if (best < 0 || scores[a] > scores[best]) best = a;
        return best;
    }

    /// <summary>The first highest-scoring arc action of the directions allowed, eight scores at a time; -1 when there is none.</summary>
    /// <remarks>Arc actions start at the even index 2, so in every block of eight the even lanes are left arcs and the odd lanes right arcs.</remarks>
    private static int BestArc(ReadOnlySpan<int> scores, bool left, bool right)
    {
        int n = scores.Length;
        if (n <= 2) return -1;
        int l = left ? -1 : 0, r = right ? -1 : 0;
        var keep = Vector256.Create(l, r, l, r, l, r, l, r);
        var floor = Vector256.Create(int.MinValue);
        ref int s = ref MemoryMarshal.GetReference(scores);
        var top = floor;
        int c = 2;
        for (; c + 8 <= n; c += 8) top = Vector256.Max(top, Vector256.ConditionalSelect(keep, Vector256.LoadUnsafe(ref s, (nuint)c), floor));
        int max = int.MinValue;
        for (int k = 0; k < 8; k++) max = Math.Max(max, top[k]);
        for (int a = c; a < n; a++)
            if (((a & 1) == 0 ? left : right) && scores[a] > max) max = scores[a];
        // Every allowed score is the floor itself: the first allowed arc is the first best.
        if (max == int.MinValue) return left ? 2 : n > 3 ? 3 : -1;
        var target = Vector256.Create(max);
        for (c = 2; c + 8 <= n; c += 8)
        {
            uint hits = Vector256.Equals(Vector256.ConditionalSelect(keep, Vector256.LoadUnsafe(ref s, (nuint)c), floor), target).ExtractMostSignificantBits();
            if (hits != 0) return c + BitOperations.TrailingZeroCount(hits);
        }
        for (int a = c; a < n; a++)
            if (((a & 1) == 0 ? left : right) && scores[a] == max) return a;
        return -1;
    }
}
