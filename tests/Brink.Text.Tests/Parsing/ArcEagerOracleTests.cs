using Brink.Text.Parsing;

namespace Brink.Text.Tests.Parsing;

public sealed class ArcEagerOracleTests
{
    // Heads are 0-based with n for the root, as the oracle reads them.
    // "Economic news had little effect on markets ." : a projective tree.
    private static readonly int[] News = [1, 2, 8, 4, 2, 6, 4, 2];

    private static int[] FollowZeroCost(int[] gold, Func<int, Transition>? prefer = null)
    {
        var s = new ParseState();
        s.Reset(gold.Length);
        while (!s.IsTerminal)
        {
            Transition? pick = null;
            foreach (Transition t in new[] { Transition.LeftArc, Transition.RightArc, Transition.Reduce, Transition.Shift })
                if (ArcEager.IsValid(s, t) && ArcEager.Cost(s, t, gold) == 0) { pick = t; break; }
            Assert.NotNull(pick);
            ArcEager.Apply(s, pick.Value, 0);
        }
        return s.Head[..gold.Length];
    }

    [Fact]
    public void Following_zero_cost_transitions_rebuilds_the_gold_tree()
    {
        Assert.Equal(News, FollowZeroCost(News));
    }

    [Fact]
    public void Zero_cost_path_exists_for_right_branching_and_left_branching_trees()
    {
        int[] right = [4, 0, 1, 2]; // word 0 is the root; each next word depends on the previous
        Assert.Equal(right, FollowZeroCost(right));
        int[] left = [1, 2, 3, 4]; // each word depends on the next; the last is the root
        Assert.Equal(left, FollowZeroCost(left));
    }

    [Fact]
    public void Shifting_away_a_words_gold_head_costs_one_arc()
    {
        var s = new ParseState();
        s.Reset(News.Length);
        ArcEager.Apply(s, Transition.Shift, 0); // stack: root, Economic; buffer front: news (head of Economic)
        Assert.Equal(0, ArcEager.Cost(s, Transition.LeftArc, News));
        Assert.True(ArcEager.Cost(s, Transition.Shift, News) >= 1);
        Assert.True(ArcEager.Cost(s, Transition.RightArc, News) >= 1);
    }

    [Fact]
    public void Preconditions_forbid_reducing_a_headless_word_and_arcs_from_an_empty_buffer()
    {
        var s = new ParseState();
        s.Reset(2);
        Assert.False(ArcEager.IsValid(s, Transition.Reduce));
        Assert.False(ArcEager.IsValid(s, Transition.LeftArc)); // the root cannot take a head
        ArcEager.Apply(s, Transition.Shift, 0);
        Assert.False(ArcEager.IsValid(s, Transition.Reduce));
        ArcEager.Apply(s, Transition.RightArc, 0);
        Assert.True(s.IsTerminal);
        Assert.False(ArcEager.IsValid(s, Transition.Shift));
    }
}
