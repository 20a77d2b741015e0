using System.Runtime.CompilerServices;

namespace Brink.Text.Learning;

/// <summary>
/// A trained linear model for inference: only the features and weights that matter, in flat
/// arrays (rows in CSR form) behind an open-addressing table keyed by a 32-bit fold of the feature
/// hash. Scoring allocates nothing.
/// </summary>
internal sealed class SparseModel
{
    private readonly uint[] _slotKeys;
    private readonly int[] _slotRows;
    private readonly int _mask;
    private readonly int[] _starts;
    private readonly ushort[] _classes;
    private readonly float[] _weights;

    public SparseModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, float[] weights, float scale)
    {
        ClassCount = classCount;
        Scale = scale;
        _starts = starts;
        _classes = classes;
        _weights = weights;
        int cap = 16;
        while (cap < keys.Length * 2) cap <<= 1;
        _slotKeys = new uint[cap];
        _slotRows = new int[cap];
        _mask = cap - 1;
        for (int r = 0; r < keys.Length; r++) Insert(Fold(keys[r]), r);
        Keys = keys;
    }

    public int ClassCount { get; }

    /// <summary>The quantization step: every weight is a whole multiple of it.</summary>
    public float Scale { get; }

    public int FeatureCount => Keys.Length;

    public int WeightCount => _weights.Length;

    internal ulong[] Keys { get; }

    internal ReadOnlySpan<int> Starts => _starts;

    internal ReadOnlySpan<ushort> Classes => _classes;

    internal ReadOnlySpan<float> Weights => _weights;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(ulong f)
    {
        uint k = (uint)(f ^ (f >> 32));
        return k == 0 ? 1u : k; // 0 marks an empty slot
    }

    private void Insert(uint key, int row)
    {
        int i = (int)(key & (uint)_mask);
        while (_slotKeys[i] != 0)
        {
            if (_slotKeys[i] == key) return; // a 32-bit collision: the first feature keeps the slot
            i = (i + 1) & _mask;
        }
        _slotKeys[i] = key;
        _slotRows[i] = row;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong feature)
    {
        uint key = Fold(feature);
        int i = (int)(key & (uint)_mask);
        while (true)
        {
            uint k = _slotKeys[i];
            if (k == key) return _slotRows[i];
            if (k == 0) return -1;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>Rounds weights to 16-bit multiples of one step, exactly as the model file stores them.</summary>
    public static float Quantize(float[] weights)
    {
        float max = 0;
        foreach (float x in weights) max = MathF.Max(max, MathF.Abs(x));
        float scale = max > 0 ? max / short.MaxValue : 1f;
        for (int i = 0; i < weights.Length; i++) weights[i] = ToStep(weights[i], scale) * scale;
        return scale;
    }

    public static short ToStep(float weight, float scale) => (short)Math.Clamp(MathF.Round(weight / scale), short.MinValue, short.MaxValue);

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (ulong f in features)
        {
            int r = Find(f);
            if (r < 0) continue;
            int end = _starts[r + 1];
            for (int j = _starts[r]; j < end; j++) scores[_classes[j]] += _weights[j];
        }
    }

    /// <summary>The highest-scoring class among those <paramref name="allowed"/> permits (all when null).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores, ReadOnlySpan<bool> allowed = default)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < scores.Length; c++)
        {
            if (!allowed.IsEmpty && !allowed[c]) continue;
            if (scores[c] > bestScore) { bestScore = scores[c]; best = c; }
        }
        return best;
    }
}
