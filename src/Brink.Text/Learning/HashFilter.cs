using System.Runtime.CompilerServices;

namespace Brink.Text.Learning;

/// <summary>
/// A Bloom filter over 64-bit hashes with both probe bits in one 64-bit word: "no" is certain,
/// "maybe" is wrong about once in a hundred. At 16 bits a hash it stays small enough for the
/// cache, so it answers the many lookups that would miss in front of a large dictionary.
/// </summary>
internal sealed class HashFilter
{
    private readonly ulong[] _words;
    private readonly ulong _wordMask;

    public HashFilter(IReadOnlyCollection<ulong> hashes)
    {
        long words = 1;
        while (words * 64 < (long)hashes.Count * 16) words <<= 1;
        _words = new ulong[words];
        _wordMask = (ulong)(words - 1);
        foreach (ulong h in hashes) _words[Word(h)] |= Bits(h);
    }

    /// <summary>False when <paramref name="hash"/> was certainly not among the hashes given.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ulong hash)
    {
        ulong bits = Bits(hash);
        return (_words[Word(hash)] & bits) == bits;
    }

    // The word comes from the high bits and the two bit positions from the low ones, so they are independent.
    private int Word(ulong h) => (int)((h >> 40) & _wordMask);

    private static ulong Bits(ulong h) => (1UL << (int)(h & 63)) | (1UL << (int)((h >> 6) & 63));
}
