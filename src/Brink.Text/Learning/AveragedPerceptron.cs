namespace Brink.Text.Learning;

/// <summary>
/// Multiclass averaged perceptron for training. Weights are dense rows per feature, created on the
/// first update that touches the feature; averaging uses the accumulated-update trick
/// (average = w - u / c), so every update is O(features) instead of touching all weights.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _w;
    private double[] _u;
    private long _c = 1;

    public AveragedPerceptron(int classes)
    {
        if (classes < 1 || classes > ushort.MaxValue) throw new ArgumentOutOfRangeException(nameof(classes));
        Classes = classes;
        _w = new float[classes * 1024];
        _u = new double[classes * 1024];
    }

    public int Classes { get; }

    public int FeatureCount => _rows.Count;

    /// <summary>Adds each feature's row to <paramref name="scores"/> (which the caller clears).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int k = Classes;
        foreach (ulong f in features)
        {
            if (!_rows.TryGetValue(f, out int r)) continue;
            AddRow(_w.AsSpan(r * k, k), scores);
        }
    }

    private static void AddRow(ReadOnlySpan<float> row, Span<float> scores)
    {
        int c = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            int width = System.Numerics.Vector<float>.Count;
            for (; c <= row.Length - width; c += width)
                (new System.Numerics.Vector<float>(scores[c..]) + new System.Numerics.Vector<float>(row[c..])).CopyTo(scores[c..]);
        }
        for (; c < row.Length; c++) scores[c] += row[c];
    }

    /// <summary>Moves weights toward <paramref name="truth"/> and away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess) return;
        foreach (ulong f in features)
        {
            int r = Row(f) * Classes;
            _w[r + truth] += amount;
            _u[r + truth] += _c * amount;
            if (guess >= 0)
            {
                _w[r + guess] -= amount;
                _u[r + guess] -= _c * amount;
            }
        }
    }

    /// <summary>Counts one training example; call once per decision, updated or not.</summary>
    public void Tick() => _c++;

    private int Row(ulong f)
    {
        if (_rows.TryGetValue(f, out int r)) return r;
        r = _rows.Count;
        _rows.Add(f, r);
        if ((r + 1) * Classes > _w.Length)
        {
            Array.Resize(ref _w, _w.Length * 2);
            Array.Resize(ref _u, _u.Length * 2);
        }
        return r;
    }

    /// <summary>
    /// The averaged weights as a compact inference model, dropping weights whose magnitude is
    /// below <paramref name="prune"/> and features left with none.
    /// </summary>
    public SparseModel Compile(float prune) => CompileMean([this], prune);

    /// <summary>
    /// The mean of several perceptrons' averaged weights (same classes; trained on different
    /// shuffles of the data) as one inference model, pruned like <see cref="Compile"/>. Averaging
    /// members cancels much of the noise one training order leaves in a perceptron, at no cost at run time.
    /// </summary>
    public static SparseModel CompileMean(IReadOnlyList<AveragedPerceptron> members, float prune)
    {
        int classCount = members[0].Classes;
        var all = new SortedSet<ulong>();
        foreach (var m in members) all.UnionWith(m._rows.Keys);
        var keys = new List<ulong>(all.Count);
        var starts = new List<int>(all.Count + 1) { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        // Sorted keys make the compiled model's bytes independent of dictionary order.
        var row = new List<(ushort Class, float Weight)>(classCount);
        var sum = new double[classCount];
        foreach (ulong f in all)
        {
            Array.Clear(sum);
            foreach (var m in members)
            {
                if (!m._rows.TryGetValue(f, out int r)) continue;
                for (int c = 0; c < classCount; c++)
                {
                    int i = r * classCount + c;
                    sum[c] += m._w[i] - m._u[i] / m._c;
                }
            }
            row.Clear();
            for (int c = 0; c < classCount; c++)
            {
                float avg = (float)(sum[c] / members.Count);
                if (MathF.Abs(avg) >= prune) row.Add(((ushort)c, avg));
            }
            if (row.Count == 0) continue;
            // A row keeps at most MaxRowLength weights: the largest in magnitude.
            if (row.Count > SparseModel.MaxRowLength)
            {
                row.Sort((a, b) => MathF.Abs(b.Weight).CompareTo(MathF.Abs(a.Weight)));
                row.RemoveRange(SparseModel.MaxRowLength, row.Count - SparseModel.MaxRowLength);
                row.Sort((a, b) => a.Class.CompareTo(b.Class));
            }
            foreach (var (c, w) in row) { classes.Add(c); weights.Add(w); }
            keys.Add(f);
            starts.Add(weights.Count);
        }
        var steps = new short[weights.Count];
        float scale = SparseModel.Quantize(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weights), steps);
        return new SparseModel(classCount, keys.ToArray(), starts.ToArray(), classes.ToArray(), steps, scale);
    }
}
