using Brink.Text.Parsing;

namespace Brink.Text.Tests.Parsing;

public sealed class ActionSpaceTests
{
    // The definition: the first action with the highest score among those whose transition is valid.
    private static int Naive(int[] scores, bool[] valid)
    {
        int best = -1;
        for (int a = 0; a < scores.Length; a++)
        {
            if (!valid[(int)ActionSpace.TransitionOf(a)]) continue;
            if (best < 0 || scores[a] > scores[best]) best = a;
        }
        return best;
    }

    [Fact]
    public void Best_matches_the_definition_for_every_validity_pattern_and_tie()
    {
        var rng = new Random(3);
        for (int trial = 0; trial < 2000; trial++)
        {
            // Few distinct values, so ties are common.
            // Up to 140 labels, as many as the trained parser has; the extremes of int included.
            var scores = new int[ActionSpace.Count(trial % 3 == 0 ? rng.Next(0, 140) : rng.Next(0, 12))];
            for (int a = 0; a < scores.Length; a++) scores[a] = rng.Next(6) switch { 0 => int.MinValue, 1 => int.MaxValue, _ => rng.Next(-3, 4) };
            if (trial % 7 == 0) Array.Fill(scores, int.MinValue);
            var valid = new bool[ArcEager.Count];
            for (int t = 0; t < valid.Length; t++) valid[t] = ((trial >> t) & 1) == 1;
            Assert.Equal(Naive(scores, valid), ActionSpace.Best<int>(scores, valid));
            int labels = ScoreLayout.LabelsOf(scores.Length);
            var slots = ScoreLayout.SlotsOf(labels);
            var laidOut = new int[scores.Length];
            for (int a = 0; a < scores.Length; a++) laidOut[slots[a]] = scores[a];
            // What the layout says it does not need is garbage to Best.
            for (int c = ScoreLayout.Needed(labels, valid); c < laidOut.Length; c++) laidOut[c] = int.MaxValue;
            Assert.Equal(Naive(scores, valid), ScoreLayout.Best(laidOut, labels, valid));
        }
    }

    [Fact]
    public void Score_layout_places_every_action_once()
    {
        var slots = ScoreLayout.SlotsOf(5);
        Assert.Equal(Enumerable.Range(0, ActionSpace.Count(5)), slots.Order());
        Assert.Equal(2, slots[ActionSpace.Action(Transition.RightArc, 0)]);
        Assert.Equal(2 + 5, slots[ActionSpace.Action(Transition.LeftArc, 0)]);
        Assert.Throws<FormatException>(() => ScoreLayout.LabelsOf(7));
    }
}
