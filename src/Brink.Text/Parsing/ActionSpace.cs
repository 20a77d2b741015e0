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
    /// <remarks>Arc actions alternate left, right; when only one arc transition is valid, every other action is skipped unread. Training decodes with this; the parser with <see cref="ScoreLayout.Best"/>.</remarks>
    public static int Best<T>(ReadOnlySpan<T> scores, ReadOnlySpan<bool> valid) where T : struct, System.Numerics.INumber<T>
    {
        int best = -1;
        for (int a = 0; a < 2 && a < scores.Length; a++)
            if (valid[a] && (best < 0 || scores[a] > scores[best])) best = a;
        bool left = valid[(int)Transition.LeftArc], right = valid[(int)Transition.RightArc];
        if (!left && !right) return best;
        int step = left && right ? 1 : 2;
        for (int a = left ? 2 : 3; a < scores.Length; a += step)
            if (best < 0 || scores[a] > scores[best]) best = a;
        return best;
    }
}
