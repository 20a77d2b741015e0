using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Brink.Text.Learning;

/// <summary>
/// The feature-key index of a <see cref="SparseModel"/>: 32-bit keys to 32-bit row references, in
/// buckets of 16 keys filling one cache line, followed by a line of their 16 references. A lookup
/// compares a bucket's keys with one vector comparison, so it reads one bucket and takes no
/// data-dependent branch in nearly every case; a full bucket spills into the next one.
/// </summary>
/// <remarks>
/// Linear probing, one slot at a time, made the parser's scoring branch on every probe: how many
/// slots a key's chain runs is unpredictable, and a missed prediction costs more than the lookup.
/// Keys are non-zero (0 marks an empty slot), and slots fill in order, so a bucket whose last slot
/// is empty ends every chain through it.
/// </remarks>
internal sealed unsafe class FeatureTable
{
    public const int BucketKeys = 16;
    private const int BucketWords = 2 * BucketKeys; // 16 keys, then their 16 references
    // Buckets are sized for at most this share of slots in use; spills stay rare (about 1 in 70
    // buckets at 0.6, Poisson), and a full table, which would never end a chain, cannot happen.
    private const double MaxLoad = 0.85;
    private readonly LargePageMemory _memory;
    private readonly uint* _words;
    private readonly uint _bucketMask;

    public FeatureTable(int keyCount)
    {
        long buckets = 1;
        while (buckets * BucketKeys * MaxLoad < keyCount) buckets <<= 1;
        _memory = new LargePageMemory(buckets * BucketWords * sizeof(uint));
        _words = (uint*)_memory.Pointer;
        _bucketMask = (uint)(buckets - 1);
    }

    /// <summary>Bytes the table holds.</summary>
    public long Bytes => _memory.Bytes;

    /// <summary>Adds <paramref name="key"/> (non-zero) with <paramref name="value"/>; a key already present keeps its first value.</summary>
    public void Add(uint key, uint value)
    {
        if (key == 0) throw new ArgumentOutOfRangeException(nameof(key), "Key 0 marks an empty slot.");
        for (uint b = key & _bucketMask; ; b = (b + 1) & _bucketMask)
        {
            uint* bucket = Bucket(b);
            for (int i = 0; i < BucketKeys; i++)
            {
                if (bucket[i] == key) return;
                if (bucket[i] != 0) continue;
                bucket[i] = key;
                bucket[BucketKeys + i] = value;
                return;
            }
        }
    }

    /// <summary>Starts loading the bucket of <paramref name="key"/>, keys and references, into the cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(uint key)
    {
        uint* bucket = Bucket(key & _bucketMask);
        LargePageMemory.Prefetch(bucket);
        LargePageMemory.Prefetch(bucket + BucketKeys);
    }

    /// <summary>The value stored for <paramref name="key"/>, if any.</summary>
    public bool TryGet(uint key, out uint value) => Find(key, out value) != 0;

    /// <summary>1 and the value stored for <paramref name="key"/>, or 0 and an arbitrary value: a flag to count with, not to branch on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Find(uint key, out uint value)
    {
        uint b = key & _bucketMask;
        uint* bucket = Bucket(b);
        uint match = Match(bucket, key);
        while (match == 0 && bucket[BucketKeys - 1] != 0)
        {
            b = (b + 1) & _bucketMask;
            bucket = Bucket(b);
            match = Match(bucket, key);
        }
        // Without a match the index points at the bucket's last reference, so the read stays inside it.
        value = bucket[BucketKeys + BitOperations.TrailingZeroCount(match | 1u << (BucketKeys - 1))];
        GC.KeepAlive(this);
        return (match | (0u - match)) >> 31;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint* Bucket(uint b) => _words + (long)b * BucketWords;

    // One 512-bit comparison covers the bucket where the processor has it; two 256-bit ones elsewhere.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Match(uint* bucket, uint key) => Vector512.IsHardwareAccelerated
        ? (uint)Vector512.Equals(Vector512.Load(bucket), Vector512.Create(key)).ExtractMostSignificantBits()
        : Vector256.Equals(Vector256.Load(bucket), Vector256.Create(key)).ExtractMostSignificantBits()
          | Vector256.Equals(Vector256.Load(bucket + 8), Vector256.Create(key)).ExtractMostSignificantBits() << 8;
}
