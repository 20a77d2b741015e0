using Brink.Text.Learning;

namespace Brink.Text.Tests.Learning;

/// <summary>The filter in front of large dictionaries: never "no" for a hash it holds, rarely "maybe" for one it does not.</summary>
public sealed class HashFilterTests
{
    [Fact]
    public void Every_hash_given_may_be_contained_and_few_others_do()
    {
        var rng = new Random(3);
        var held = new HashSet<ulong>();
        while (held.Count < 100_000) held.Add((ulong)rng.NextInt64() * 0x9E3779B97F4A7C15UL);
        var filter = new HashFilter(held);
        Assert.All(held, h => Assert.True(filter.MayContain(h)));
        int maybe = 0, tried = 0;
        while (tried < 100_000)
        {
            ulong h = (ulong)rng.NextInt64() * 0x9E3779B97F4A7C15UL;
            if (held.Contains(h)) continue;
            tried++;
            if (filter.MayContain(h)) maybe++;
        }
        Assert.InRange(maybe, 0, tried / 50); // under 2% false "maybe"
    }

    [Fact]
    public void An_empty_filter_holds_nothing() => Assert.False(new HashFilter([]).MayContain(12345));
}
