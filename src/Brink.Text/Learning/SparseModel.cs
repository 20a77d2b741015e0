using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Brink.Text.Learning;

/// <summary>
/// A trained linear model for inference, laid out for the cache: an open-addressing table of 8-byte
/// slots (32-bit feature key, 24-bit row start, 8-bit row length) over one array of 4-byte entries
/// (16-bit class, 16-bit quantized weight). Scores are integer sums in units of <see cref="Scale"/>,
/// so scoring allocates nothing and touches two cache lines per feature at most.
/// </summary>
/// <remarks>
/// Long rows are also kept dense (one 16-bit weight per class, zeros included) and added with vector
/// instructions: the few features with long rows are frequent ones (in the parser a third of the
/// rows found, 82% of the weights added), and adding them one weight at a time was most of its
/// time. A dense row's slot has length 0 and holds the dense row's index. Integer sums do not depend
/// on the order of addition, so both layouts give the same scores to the last bit.
/// </remarks>
internal sealed unsafe class SparseModel
{
    public const int MaxRowLength = byte.MaxValue;
    // The slots and entries live in huge-page memory (LargePageMemory); the fields keep it alive.
    private readonly LargePageMemory _slotMemory, _entryMemory;
    private readonly ulong* _slots;
    private readonly int _mask;
    private readonly int* _entries;
    private readonly int _weightCount;
    private readonly short[] _dense;
    private readonly int _stride;

    // keys: one feature key per row; starts: row boundaries into classes and steps (rows + 1 values);
    // steps: the weights as whole multiples of scale.
    public SparseModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, short[] steps, float scale)
        : this(classCount, keys, starts, classes, steps, scale, DenseMinLength(classCount))
    {
    }

    /// <summary>As the public constructor, with rows of <paramref name="denseMinLength"/> weights or more kept dense (tests compare layouts).</summary>
    internal SparseModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, short[] steps, float scale, int denseMinLength)
    {
        if (classes.Length >= 1 << 24) throw new ArgumentException($"Model too large: {classes.Length} weights (limit 16M).");
        ClassCount = classCount;
        Scale = scale;
        _weightCount = classes.Length;
        _entryMemory = new LargePageMemory((long)classes.Length * sizeof(int));
        _entries = (int*)_entryMemory.Pointer;
        for (int i = 0; i < classes.Length; i++)
        {
            // Scoring writes scores[class] without bounds checks.
            if (classes[i] >= classCount) throw new ArgumentException($"Weight {i} is for class {classes[i]}, beyond the {classCount} classes.");
            _entries[i] = (classes[i] << 16) | (ushort)steps[i];
        }
        _stride = (classCount + 15) & ~15;
        var dense = new bool[keys.Length];
        var seen = new bool[classCount];
        int denseRows = 0;
        for (int r = 0; r < keys.Length; r++)
        {
            int len = starts[r + 1] - starts[r];
            if (len > MaxRowLength) throw new ArgumentException($"Feature row {r} has {len} weights (limit {MaxRowLength}).");
            // Length 0 marks a dense slot, so a row without weights is a dense row of zeros.
            dense[r] = len == 0 || (len >= denseMinLength && Distinct(classes.AsSpan(starts[r], len), seen));
            if (dense[r]) denseRows++;
        }
        if ((long)denseRows * _stride > Array.MaxLength) throw new ArgumentException($"Model too large: {denseRows} dense rows.");
        _dense = new short[denseRows * _stride];
        int cap = 16;
        while (cap < keys.Length + keys.Length / 3) cap <<= 1;
        _slotMemory = new LargePageMemory((long)cap * sizeof(ulong));
        _slots = (ulong*)_slotMemory.Pointer;
        _mask = cap - 1;
        for (int r = 0, d = 0; r < keys.Length; r++)
        {
            if (!dense[r])
            {
                Insert(Fold(keys[r]), starts[r], starts[r + 1] - starts[r]);
                continue;
            }
            for (int j = starts[r]; j < starts[r + 1]; j++) _dense[d * _stride + classes[j]] = steps[j];
            Insert(Fold(keys[r]), d++, 0);
        }
        Keys = keys;
        Starts = starts;
    }

    /// <summary>
    /// Rows at least this long are dense. A dense row costs a vector add per 16 classes however few
    /// weights it has; a sparse one a scalar add per weight. Measured on the parser (274 classes),
    /// tagger (102) and entity (13) models.
    /// </summary>
    private static int DenseMinLength(int classCount) => Math.Max(2, classCount / 8);

    // A row with a repeated class adds both weights; a dense row could hold only their sum, which may not fit 16 bits.
    private static bool Distinct(ReadOnlySpan<ushort> classes, bool[] seen)
    {
        bool distinct = true;
        foreach (var c in classes)
        {
            if (seen[c]) distinct = false;
            seen[c] = true;
        }
        foreach (var c in classes) seen[c] = false;
        return distinct;
    }

    public int ClassCount { get; }

    /// <summary>The quantization step: every weight is a whole multiple of it.</summary>
    public float Scale { get; }

    public int FeatureCount => Keys.Length;

    public int WeightCount => _weightCount;

    /// <summary>Bytes the model holds in memory.</summary>
    public long MemoryBytes => _slotMemory.Bytes + _entryMemory.Bytes + _dense.LongLength * 2;

    internal ulong[] Keys { get; }

    internal int[] Starts { get; }

    internal ushort ClassAt(int entry) => (ushort)(_entries[CheckEntry(entry)] >> 16);

    internal short StepAt(int entry) => (short)_entries[CheckEntry(entry)];

    private int CheckEntry(int entry) => (uint)entry < (uint)_weightCount ? entry : throw new ArgumentOutOfRangeException(nameof(entry));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Fold(ulong f)
    {
        uint k = (uint)(f ^ (f >> 32));
        return k == 0 ? 1u : k; // 0 marks an empty slot
    }

    private void Insert(uint key, int start, int length)
    {
        int i = (int)(key & (uint)_mask);
        while (_slots[i] != 0)
        {
            if ((uint)_slots[i] == key) return; // a 32-bit collision: the first feature keeps the slot
            i = (i + 1) & _mask;
        }
        _slots[i] = key | ((ulong)(uint)start << 32) | ((ulong)length << 56);
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (in steps of <see cref="Scale"/>).</summary>
    /// <remarks>
    /// Three passes so the memory system works on many features at once: prefetch every feature's
    /// slot, then probe the slots and prefetch the rows found, then add the rows. A large model's
    /// lookups are cache misses; issued together they overlap instead of queueing.
    /// </remarks>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        if (scores.Length < ClassCount) throw new ArgumentException($"{scores.Length} scores for {ClassCount} classes.", nameof(scores));
        int n = Math.Min(features.Length, MaxFeatures);
        Span<ulong> found = stackalloc ulong[n];
        Span<int> denseFound = stackalloc int[n];
        ulong* slotBase = _slots;
        int* entryBase = _entries;
        fixed (short* denseBase = _dense)
        {
            for (int f = 0; f < n; f++) Prefetch(slotBase + (Fold(features[f]) & (uint)_mask));
            int rows = 0, denseRows = 0;
            for (int f = 0; f < n; f++)
            {
                uint key = Fold(features[f]);
                int i = (int)(key & (uint)_mask);
                ulong slot;
                while ((slot = slotBase[i]) != 0 && (uint)slot != key) i = (i + 1) & _mask;
                if (slot == 0) continue;
                int start = (int)((slot >> 32) & 0xFFFFFF);
                if (slot >> 56 == 0)
                {
                    Prefetch(denseBase + start * _stride);
                    denseFound[denseRows++] = start * _stride;
                    continue;
                }
                Prefetch(entryBase + start);
                found[rows++] = slot;
            }
            fixed (int* s = scores)
            {
                for (int r = 0; r < rows; r++)
                {
                    ulong slot = found[r];
                    int* e = entryBase + (int)((slot >> 32) & 0xFFFFFF);
                    for (int* end = e + (int)(slot >> 56); e < end; e++) s[*e >>> 16] += (short)*e;
                }
            }
            if (denseRows > 0) AddDense(denseBase, denseFound[..denseRows], scores);
        }
        GC.KeepAlive(this); // the finalizer of the memory behind the pointers must not run mid-call
    }

    /// <summary>Adds dense rows 16 classes at a time, summing all rows of a block in registers before touching the scores.</summary>
    private unsafe void AddDense(short* dense, ReadOnlySpan<int> rows, Span<int> scores)
    {
        ref int score = ref MemoryMarshal.GetReference(scores);
        for (int c = 0; c < ClassCount; c += 16)
        {
            var lo = Vector256<int>.Zero;
            var hi = Vector256<int>.Zero;
            foreach (int row in rows)
            {
                var (l, h) = Vector256.Widen(Vector256.Load(dense + row + c));
                lo += l;
                hi += h;
            }
            if (c + 16 <= ClassCount)
            {
                (Vector256.LoadUnsafe(ref score, (nuint)c) + lo).StoreUnsafe(ref score, (nuint)c);
                (Vector256.LoadUnsafe(ref score, (nuint)c + 8) + hi).StoreUnsafe(ref score, (nuint)c + 8);
                continue;
            }
            // The last block is partial: the padding classes beyond ClassCount hold zeros and have no score.
            for (int k = 0; c + k < ClassCount; k++) Unsafe.Add(ref score, c + k) += k < 8 ? lo[k] : hi[k - 8];
        }
    }

    /// <summary>The most features one call scores.</summary>
    public const int MaxFeatures = 256;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(void* p)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported) System.Runtime.Intrinsics.X86.Sse.Prefetch0(p);
    }

    /// <summary>Rounds weights to 16-bit multiples of one step; returns the step.</summary>
    public static float Quantize(ReadOnlySpan<float> weights, Span<short> steps)
    {
        float max = 0;
        foreach (float x in weights) max = MathF.Max(max, MathF.Abs(x));
        float scale = max > 0 ? max / short.MaxValue : 1f;
        for (int i = 0; i < weights.Length; i++) steps[i] = (short)Math.Clamp(MathF.Round(weights[i] / scale), short.MinValue, short.MaxValue);
        return scale;
    }

    /// <summary>The highest-scoring class among those <paramref name="allowed"/> permits (all when empty); -1 when none is allowed.</summary>
    public static int ArgMax<T>(ReadOnlySpan<T> scores, ReadOnlySpan<bool> allowed = default) where T : struct, System.Numerics.INumber<T>
    {
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
        {
            if (!allowed.IsEmpty && !allowed[c]) continue;
            if (best < 0 || scores[c] > scores[best]) best = c;
        }
        return best;
    }
}
