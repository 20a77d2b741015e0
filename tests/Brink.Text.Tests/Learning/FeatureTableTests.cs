using Brink.Text.Learning;

namespace Brink.Text.Tests.Learning;

/// <summary>The bucketed key index: every key added is found with its first value, through full buckets and around the table's end.</summary>
public sealed class FeatureTableTests
{
    [Fact]
    public void Keys_of_one_bucket_spill_into_the_next_and_are_all_found()
    {
        // 100 keys one table size apart share a bucket: they fill it and the buckets after it.
        var table = new FeatureTable(200);
        int buckets = (int)(table.Bytes / (2 * FeatureTable.BucketKeys * sizeof(uint)));
        var keys = Enumerable.Range(1, 100).Select(i => (uint)(3 + i * buckets)).ToArray();
        for (int i = 0; i < keys.Length; i++) table.Add(keys[i], (uint)i * 7);
        for (int i = 0; i < keys.Length; i++)
        {
            Assert.Equal(1u, table.Find(keys[i], out uint value));
            Assert.Equal((uint)i * 7, value);
        }
        // A key of the same bucket that was never added runs the whole chain and is missed.
        Assert.Equal(0u, table.Find((uint)(3 + 101 * buckets), out _));
        Assert.False(table.TryGet(4, out _));
    }

    [Fact]
    public void A_chain_from_the_last_bucket_wraps_to_the_first()
    {
        var table = new FeatureTable(100);
        int buckets = (int)(table.Bytes / (2 * FeatureTable.BucketKeys * sizeof(uint)));
        uint last = (uint)buckets - 1;
        var keys = Enumerable.Range(1, 3 * FeatureTable.BucketKeys).Select(i => last + (uint)(i * buckets)).ToArray();
        foreach (uint k in keys) table.Add(k, k ^ 0xABCDEF);
        foreach (uint k in keys)
        {
            Assert.True(table.TryGet(k, out uint value));
            Assert.Equal(k ^ 0xABCDEF, value);
        }
    }

    [Fact]
    public void A_key_added_twice_keeps_its_first_value()
    {
        var table = new FeatureTable(10);
        table.Add(42, 1);
        table.Add(42, 2);
        Assert.True(table.TryGet(42, out uint value));
        Assert.Equal(1u, value);
    }

    [Fact]
    public void Random_keys_are_found_and_others_missed()
    {
        var rng = new Random(11);
        var added = new Dictionary<uint, uint>();
        var table = new FeatureTable(50_000);
        while (added.Count < 50_000)
        {
            uint k = (uint)rng.Next(1, int.MaxValue);
            if (added.TryAdd(k, (uint)added.Count)) table.Add(k, (uint)added.Count - 1);
        }
        foreach (var (k, v) in added)
        {
            Assert.True(table.TryGet(k, out uint value));
            Assert.Equal(v, value);
        }
        for (int i = 0; i < 50_000; i++)
        {
            uint k = (uint)rng.Next(1, int.MaxValue);
            Assert.Equal(added.ContainsKey(k), table.TryGet(k, out _));
        }
    }

    [Fact]
    public void Key_zero_is_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => new FeatureTable(1).Add(0, 1));
}
