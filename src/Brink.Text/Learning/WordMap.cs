using System.Collections;
using System.Runtime.CompilerServices;

namespace Brink.Text.Learning;

/// <summary>
/// A read-only map from 64-bit word hashes to small values, in one open-addressed array: key and value
/// share a slot, so a lookup is one cache miss, where a dictionary's bucket and entry arrays cost two.
/// The tagger looks words up in five of these per token.
/// </summary>
internal sealed class WordMap<TValue> : IReadOnlyCollection<KeyValuePair<ulong, TValue>> where TValue : unmanaged
{
    private struct Slot
    {
        public ulong Key;
        public TValue Value;
    }

    private readonly Slot[] _slots;
    private readonly int _shift;
    // Key 0 marks an empty slot, so a real key 0 is kept aside.
    private readonly bool _hasZero;
    private readonly TValue _zeroValue;

    public WordMap(IReadOnlyCollection<KeyValuePair<ulong, TValue>> items)
    {
        int bits = 4;
        while ((1L << bits) < (long)items.Count * 3 / 2 + 1) bits++; // at most two thirds full
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        foreach (var (key, value) in items)
        {
            if (key == 0) { _hasZero = true; _zeroValue = value; Count++; continue; }
            int i = Home(key);
            while (_slots[i].Key != 0 && _slots[i].Key != key) i = (i + 1) & (_slots.Length - 1);
            if (_slots[i].Key == 0) Count++;
            _slots[i] = new Slot { Key = key, Value = value };
        }
    }

    /// <summary><paramref name="items"/> itself when it is a map already, else a map of them.</summary>
    public static WordMap<TValue> Of(IReadOnlyCollection<KeyValuePair<ulong, TValue>> items) => items as WordMap<TValue> ?? new(items);

    public int Count { get; }

    // Fibonacci hashing: the top bits of the product depend on every bit of the key.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out TValue value)
    {
        if (key != 0)
        {
            var slots = _slots;
            int mask = slots.Length - 1;
            for (int i = Home(key); ; i = (i + 1) & mask)
            {
                ref readonly var s = ref slots[i];
                if (s.Key == key) { value = s.Value; return true; }
                if (s.Key == 0) break;
            }
        }
        else if (_hasZero) { value = _zeroValue; return true; }
        value = default;
        return false;
    }

    /// <summary>The entries by ascending key, the order the model files store them in.</summary>
    public IEnumerable<KeyValuePair<ulong, TValue>> Sorted() => this.OrderBy(p => p.Key);

    public IEnumerator<KeyValuePair<ulong, TValue>> GetEnumerator()
    {
        if (_hasZero) yield return new(0, _zeroValue);
        foreach (var s in _slots)
            if (s.Key != 0) yield return new(s.Key, s.Value);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
