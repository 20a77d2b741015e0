namespace Brink.Coding.Annotations;

/// <summary>
/// Pairs the events two codings of one row give (two annotators, or gold and Brink): first events whose trigger
/// spans overlap, then events whose triggers lie close together and share a party or the type ("imposes" /
/// "sanctions", "killed" / "airstrikes": the guideline lets either word carry one event). One-to-one; what is left
/// unpaired was found by one side only.
/// </summary>
internal static class EventAlignment
{
    /// <summary>How far apart (in characters) two triggers may be and still name one event when they are related.</summary>
    private const int NearTriggers = 40;

    public static List<(int Left, int Right)> Align<TLeft, TRight>(
        IReadOnlyList<TLeft> left, IReadOnlyList<TRight> right,
        Func<TLeft, (int Start, int End)> leftSpan, Func<TRight, (int Start, int End)> rightSpan,
        Func<TLeft, TRight, bool> related)
    {
        var pairs = new List<(int, int)>();
        var usedRight = new bool[right.Count];
        var usedLeft = new bool[left.Count];
        for (int i = 0; i < left.Count; i++)
        {
            var a = leftSpan(left[i]);
            for (int j = 0; j < right.Count; j++)
            {
                if (usedRight[j]) continue;
                var b = rightSpan(right[j]);
                if (a.Start < b.End && b.Start < a.End) { pairs.Add((i, j)); usedRight[j] = usedLeft[i] = true; break; }
            }
        }
        for (int i = 0; i < left.Count; i++)
        {
            if (usedLeft[i]) continue;
            var a = leftSpan(left[i]);
            for (int j = 0; j < right.Count; j++)
            {
                if (usedRight[j]) continue;
                var b = rightSpan(right[j]);
                int gap = Math.Max(a.Start, b.Start) - Math.Min(a.End, b.End);
                if (gap <= NearTriggers && related(left[i], right[j])) { pairs.Add((i, j)); usedRight[j] = usedLeft[i] = true; break; }
            }
        }
        return pairs;
    }
}
