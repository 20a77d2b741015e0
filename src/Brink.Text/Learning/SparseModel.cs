using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Brink.Text.Learning;

/// <summary>
/// A trained linear model for inference, laid out for the cache: a <see cref="FeatureTable"/> from
/// 32-bit feature keys to row references (24-bit row start, 8-bit row length) over one array of
/// 4-byte entries (16-bit class, 16-bit quantized weight). Scores are integer sums in units of
/// <see cref="Scale"/>, so scoring allocates nothing.
/// </summary>
/// <remarks>
/// Long rows are also kept dense (one 16-bit weight per class, zeros included) and added with vector
/// instructions: the few features with long rows are frequent ones (in the parser a third of the
/// rows found, 82% of the weights added), and adding them one weight at a time was most of its
/// time. A dense row's reference has length 0 and holds the dense row's index. Integer sums do not depend
/// on the order of addition, so both layouts give the same scores to the last bit.
/// </remarks>
internal sealed unsafe class SparseModel
{
    public const int MaxRowLength = byte.MaxValue;
    // The table and entries live in huge-page memory (LargePageMemory); the fields keep it alive.
    private readonly FeatureTable _table;
    private readonly LargePageMemory _entryMemory;
    private readonly int* _entries;
    private readonly int _weightCount;
    private readonly int[] _rowStarts; // where each row's weights start in _entries
    private readonly bool _wide;
    private readonly LargePageMemory _denseMemory;
    private readonly short* _dense; // rows of _stride weights, each row starting on a cache line
    private readonly int _stride;

    // keys: one feature key per row; starts: row boundaries into classes and steps (rows + 1 values);
    // steps: the weights as whole multiples of scale.
    public SparseModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, short[] steps, float scale)
        : this(classCount, keys, starts, classes, steps, scale, DenseMinLength(classCount))
    {
    }

    /// <summary>
    /// As the public constructor, with rows of <paramref name="denseMinLength"/> weights or more kept dense, and dense rows
    /// added with 512-bit vectors only if <paramref name="wideVectors"/> (and the processor has them): tests compare both.
    /// </summary>
    internal SparseModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, short[] steps, float scale, int denseMinLength, bool wideVectors = true)
    {
        _wide = wideVectors && Avx512F.IsSupported;
        if (classes.Length >= 1 << 24) throw new ArgumentException($"Model too large: {classes.Length} weights (limit 16M).");
        ClassCount = classCount;
        Scale = scale;
        _weightCount = classes.Length;
        // Scoring writes scores[class] without bounds checks.
        for (int i = 0; i < classes.Length; i++)
            if (classes[i] >= classCount) throw new ArgumentException($"Weight {i} is for class {classes[i]}, beyond the {classCount} classes.");
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
        _denseMemory = new LargePageMemory((long)denseRows * _stride * sizeof(short));
        _dense = (short*)_denseMemory.Pointer;
        _entryMemory = new LargePageMemory((long)classes.Length * sizeof(int));
        _entries = (int*)_entryMemory.Pointer;
        _rowStarts = LayOut(starts, dense, classes, steps, _entries);
        _table = new FeatureTable(keys.Length);
        for (int r = 0, d = 0; r < keys.Length; r++)
        {
            // On a 32-bit key collision the first row keeps the key.
            if (!dense[r])
            {
                _table.Add(Fold(keys[r]), RowReference(_rowStarts[r], starts[r + 1] - starts[r]));
                continue;
            }
            for (int j = starts[r]; j < starts[r + 1]; j++) _dense[d * _stride + classes[j]] = steps[j];
            _table.Add(Fold(keys[r]), RowReference(d++, 0));
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

    /// <summary>
    /// Writes the rows into <paramref name="entries"/> longest first and returns where each row starts.
    /// A long row belongs to a frequent feature, so the rows scoring reads most share a few hundred
    /// kilobytes that stay in the cache, instead of lying among the millions of rare ones. Dense rows
    /// are scored from their dense copy; theirs go last, where only saving reads them.
    /// </summary>
    private static int[] LayOut(int[] starts, bool[] dense, ushort[] classes, short[] steps, int* entries)
    {
        int rows = starts.Length - 1;
        var order = new int[rows];
        var rank = new int[rows];
        for (int r = 0; r < rows; r++)
        {
            order[r] = r;
            rank[r] = dense[r] ? int.MaxValue : MaxRowLength - (starts[r + 1] - starts[r]);
        }
        Array.Sort(rank, order); // introsort is not stable, but any order of equal rows serves
        var rowStarts = new int[rows];
        int next = 0;
        foreach (int r in order)
        {
            rowStarts[r] = next;
            for (int j = starts[r]; j < starts[r + 1]; j++) entries[next++] = (classes[j] << 16) | (ushort)steps[j];
        }
        return rowStarts;
    }

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
    public long MemoryBytes => _table.Bytes + _entryMemory.Bytes + _denseMemory.Bytes;

    internal ulong[] Keys { get; }

    internal int[] Starts { get; }

    /// <summary>The class of weight <paramref name="k"/> of row <paramref name="row"/>.</summary>
    internal ushort ClassAt(int row, int k) => (ushort)(_entries[Entry(row, k)] >> 16);

    /// <summary>The step of weight <paramref name="k"/> of row <paramref name="row"/>.</summary>
    internal short StepAt(int row, int k) => (short)_entries[Entry(row, k)];

    private int Entry(int row, int k) => (uint)k < (uint)(Starts[row + 1] - Starts[row]) ? _rowStarts[row] + k : throw new ArgumentOutOfRangeException(nameof(k));

    /// <summary>The same weights with every class c renumbered <paramref name="map"/>[c].</summary>
    internal SparseModel WithClasses(ReadOnlySpan<int> map)
    {
        var classes = new ushort[_weightCount];
        var steps = new short[_weightCount];
        for (int r = 0, j = 0; r < FeatureCount; r++)
            for (int k = 0; k < Starts[r + 1] - Starts[r]; k++, j++) { classes[j] = (ushort)map[ClassAt(r, k)]; steps[j] = StepAt(r, k); }
        return new SparseModel(ClassCount, Keys, Starts, classes, steps, Scale);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Fold(ulong f)
    {
        uint k = (uint)(f ^ (f >> 32));
        return k == 0 ? 1u : k; // 0 marks an empty slot
    }

    // Row starts and dense indices are below 2^24: the constructor limits the weights to 16M.
    private static uint RowReference(int start, int length) => (uint)start | (uint)length << 24;

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (in steps of <see cref="Scale"/>).</summary>
    /// <remarks>
    /// Three passes so the memory system works on many features at once: prefetch every feature's
    /// bucket, then look the keys up and prefetch the rows found, then add the rows. A large model's
    /// lookups are cache misses; issued together they overlap instead of queueing. Whether a feature
    /// was found, and whether its row is dense, decide only which list's count grows, not a branch:
    /// both are unpredictable, and mispredicted branches cost more than the memory.
    /// </remarks>
    // The scoring loops are compiled optimized at their first call: tiered compilation ran them
    // unoptimized for seconds while a long first article kept new methods coming.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores) => Score(features, scores, ClassCount);

    /// <summary>
    /// As <see cref="Score(ReadOnlySpan{ulong}, Span{int})"/> for a caller that reads only the first <paramref name="needed"/>
    /// scores: dense rows add only the blocks of 16 classes that reach into them. The scores beyond are left partial.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit] // every list is written before it is read; zeroing them was a memset a call
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<int> scores, int needed)
    {
        if (scores.Length < ClassCount) throw new ArgumentException($"{scores.Length} scores for {ClassCount} classes.", nameof(scores));
        int n = Math.Min(features.Length, MaxFeatures);
        // Pointers, not spans: the lists grow by computed counts, and their bounds checks were a tenth of the instructions.
        uint* found = stackalloc uint[n];
        int* denseFound = stackalloc int[n];
        uint* keys = stackalloc uint[n];
        int* entryBase = _entries;
        var table = _table;
        short* denseBase = _dense;
        int stride = _stride;
        fixed (ulong* featureBase = features)
        {
            for (int f = 0; f < n; f++)
            {
                keys[f] = Fold(featureBase[f]);
                table.Prefetch(keys[f]);
            }
            int rows = 0, denseRows = 0;
            for (int f = 0; f < n; f++)
            {
                // 0/1 flags in integer arithmetic: the JIT turns bool expressions into branches.
                uint hit = table.Find(keys[f], out uint row);
                row &= 0u - hit; // a miss reads as dense row 0, so the prefetch below stays in bounds
                int start = (int)(row & 0xFFFFFF);
                uint sparse = ((row >> 24) + 0xFF) >> 8; // 1 for a row length of 1 to 255, 0 for a dense row
                // Both lists take the row; only the one it belongs to counts it.
                found[rows] = row;
                denseFound[denseRows] = start * stride;
                rows += (int)(hit & sparse);
                denseRows += (int)(hit & (sparse ^ 1));
                nint mask = -(nint)sparse;
                LargePageMemory.Prefetch((void*)(((nint)(entryBase + start) & mask) | ((nint)(denseBase + (long)start * stride) & ~mask)));
            }
            fixed (int* s = scores)
            {
                for (int r = 0; r < rows; r++)
                {
                    uint row = found[r];
                    int* e = entryBase + (int)(row & 0xFFFFFF);
                    for (int* end = e + (int)(row >> 24); e < end; e++) s[*e >>> 16] += (short)*e;
                }
            }
            if (denseRows > 0) AddDense(denseBase, new ReadOnlySpan<int>(denseFound, denseRows), scores, Math.Min(needed, ClassCount));
        }
        GC.KeepAlive(this); // the finalizer of the memory behind the pointers must not run mid-call
    }

    /// <summary>Adds dense rows 16 classes at a time, summing all rows of a block in registers before touching the scores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe void AddDense(short* dense, ReadOnlySpan<int> rows, Span<int> scores, int needed)
    {
        ref int score = ref MemoryMarshal.GetReference(scores);
        if (_wide)
        {
            AddDense512(dense, rows, ref score, needed);
            return;
        }
        for (int c = 0; c < needed; c += 16)
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

    /// <summary>As <see cref="AddDense"/>, where one 512-bit sign extension and add take a whole block of 16 (half the instructions).</summary>
    private unsafe void AddDense512(short* dense, ReadOnlySpan<int> rows, ref int score, int needed)
    {
        for (int c = 0; c < needed; c += 16)
        {
            var sum = Vector512<int>.Zero;
            foreach (int row in rows) sum += Avx512F.ConvertToVector512Int32(Vector256.Load(dense + row + c));
            if (c + 16 <= ClassCount)
            {
                (Vector512.LoadUnsafe(ref score, (nuint)c) + sum).StoreUnsafe(ref score, (nuint)c);
                continue;
            }
            for (int k = 0; c + k < ClassCount; k++) Unsafe.Add(ref score, c + k) += sum[k];
        }
    }

    /// <summary>The most features one call scores.</summary>
    public const int MaxFeatures = 256;


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
