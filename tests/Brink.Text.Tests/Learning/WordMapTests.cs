using Brink.Text.Learning;

namespace Brink.Text.Tests.Learning;

public sealed class WordMapTests
{
    [Fact]
    public void Finds_every_key_it_holds_and_no_other()
    {
        var rng = new Random(4);
        var expected = new Dictionary<ulong, int>();
        // Sequential keys collide in the low bits; random ones do not: both kinds, and key 0.
        for (int i = 0; i < 3000; i++) expected[(ulong)i << 20] = i;
        for (int i = 0; i < 3000; i++) expected[(ulong)rng.NextInt64()] = -i;
        expected[0] = 77;
        var map = new WordMap<int>(expected);
        Assert.Equal(expected.Count, map.Count);
        foreach (var (k, v) in expected)
        {
            Assert.True(map.TryGetValue(k, out int got), $"key {k} missing");
            Assert.Equal(v, got);
        }
        for (int i = 0; i < 3000; i++)
        {
            ulong k = (ulong)rng.NextInt64() | 1;
            Assert.Equal(expected.ContainsKey(k), map.TryGetValue(k, out _));
        }
    }

    [Fact]
    public void Lists_its_entries_by_ascending_key_and_a_repeated_key_keeps_the_last_value()
    {
        var map = new WordMap<byte>([new(9, 1), new(3, 2), new(0, 3), new(9, 4)]);
        Assert.Equal(3, map.Count);
        Assert.Equal([new(0, 3), new(3, 2), new KeyValuePair<ulong, byte>(9, 4)], map.Sorted());
    }

    [Fact]
    public void An_empty_map_finds_nothing()
    {
        var empty = new WordMap<int>([]);
        Assert.False(empty.TryGetValue(0, out _));
        Assert.False(empty.TryGetValue(12345, out _));
        Assert.Empty(empty);
    }

    [Fact]
    public void Maps_round_trip_through_the_model_format()
    {
        var ints = new WordMap<int>([new(5, 300), new(1, -2), new(ulong.MaxValue, int.MaxValue)]);
        var bytes = new WordMap<byte>([new(5, 255), new(0, 1)]);
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) { w.Write(ints); w.Write(bytes); }
        ms.Position = 0;
        using var r = new BinaryReader(ms);
        Assert.Equal(ints.Sorted(), r.ReadIntMap().Sorted());
        Assert.Equal(bytes.Sorted(), r.ReadByteMap().Sorted());
    }
}
