using Brink.Text.Parsing;

namespace Brink.Text.Tests.Parsing;

public sealed class ParserFeaturesTests
{
    // "Economic news had little effect on markets ." with 0-based heads, the root as n.
    private static readonly int[] News = [1, 2, 8, 4, 2, 6, 4, 2];

    private static ulong[] Column(int n, int seed)
    {
        var rng = new Random(seed);
        var a = new ulong[n + 1];
        for (int i = 0; i <= n; i++) a[i] = (ulong)rng.NextInt64();
        return a;
    }

    [Fact]
    public void Buffer_and_state_slots_split_every_feature_once()
    {
        var s = new ParseState();
        s.Reset(News.Length);
        Span<ulong> f = stackalloc ulong[ParserFeatures.Max];
        int k = ParserFeatures.Extract(s, Column(8, 1), Column(8, 2), Column(8, 3), Column(8, 4), f);
        var all = ParserFeatures.BufferSlots.ToArray().Concat(ParserFeatures.StateSlots.ToArray()).Select(b => (int)b).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, k), all);
    }

    [Fact]
    public void Buffer_slots_keep_their_values_while_the_buffer_front_stays()
    {
        ulong[] words = Column(8, 1), tags = Column(8, 2), suffixes = Column(8, 3), senses = Column(8, 4);
        var s = new ParseState();
        s.Reset(News.Length);
        var f = new ulong[ParserFeatures.Max];
        int keptFronts = 0, changedStates = 0;
        ulong[]? before = null;
        int beforeBuffer = -1;
        while (!s.IsTerminal)
        {
            ParserFeatures.Extract(s, words, tags, suffixes, senses, f);
            if (before is not null && s.Buffer == beforeBuffer)
            {
                keptFronts++;
                foreach (byte slot in ParserFeatures.BufferSlots) Assert.Equal(before[slot], f[slot]);
                foreach (byte slot in ParserFeatures.StateSlots) if (before[slot] != f[slot]) { changedStates++; break; }
            }
            before = (ulong[])f.Clone();
            beforeBuffer = s.Buffer;
            foreach (var t in new[] { Transition.LeftArc, Transition.RightArc, Transition.Reduce, Transition.Shift })
                if (ArcEager.IsValid(s, t) && ArcEager.Cost(s, t, News) == 0) { ArcEager.Apply(s, t, 0); break; }
        }
        Assert.True(keptFronts >= 3, $"only {keptFronts} transitions kept the buffer front");
        Assert.Equal(keptFronts, changedStates);
    }
}
