using Brink.Text.Learning;

namespace Brink.Text.Tests.Learning;

/// <summary>The dense layout of long rows is a speed choice only: every layout must give the same integer scores.</summary>
public sealed class SparseModelTests
{
    private sealed record Rows(ulong[] Keys, int[] Starts, ushort[] Classes, short[] Steps);

    // Random rows of 0 to classCount distinct classes; weights include the 16-bit extremes, so sums overflow a short.
    // With a limit, weights lie within it (the limit itself included), so runs of several rows sum in 16 bits.
    private static Rows RandomRows(Random rng, int classCount, int rowCount, short limit = short.MaxValue)
    {
        var keys = new ulong[rowCount];
        var starts = new int[rowCount + 1];
        var classes = new List<ushort>();
        var steps = new List<short>();
        for (int r = 0; r < rowCount; r++)
        {
            keys[r] = (ulong)rng.NextInt64() ^ ((ulong)r << 40);
            int len = r % 7 == 0 ? 0 : rng.Next(1, Math.Min(classCount, SparseModel.MaxRowLength) + 1);
            var picked = Enumerable.Range(0, classCount).OrderBy(_ => rng.Next()).Take(len).Order();
            foreach (int c in picked)
            {
                classes.Add((ushort)c);
                steps.Add(limit < short.MaxValue
                    ? (short)(rng.Next(4) == 0 ? (rng.Next(2) == 0 ? limit : -limit) : rng.Next(-limit, limit + 1))
                    : rng.Next(4) == 0 ? (rng.Next(2) == 0 ? short.MaxValue : short.MinValue) : (short)rng.Next(short.MinValue, short.MaxValue + 1));
            }
            starts[r + 1] = classes.Count;
        }
        return new Rows(keys, starts, classes.ToArray(), steps.ToArray());
    }

    private static SparseModel Build(Rows m, int classCount, int? denseMinLength, bool wideVectors = true) => denseMinLength is int d
        ? new SparseModel(classCount, m.Keys, m.Starts, m.Classes, m.Steps, 1f, d, wideVectors)
        : new SparseModel(classCount, m.Keys, m.Starts, m.Classes, m.Steps, 1f);

    // The plain definition: each feature found adds its row's weights.
    private static int[] Reference(Rows m, int classCount, ReadOnlySpan<ulong> features)
    {
        var scores = new int[classCount];
        foreach (ulong f in features)
        {
            int r = Array.IndexOf(m.Keys, f);
            if (r < 0) continue;
            for (int j = m.Starts[r]; j < m.Starts[r + 1]; j++) scores[m.Classes[j]] += m.Steps[j];
        }
        return scores;
    }

    [Theory]
    [InlineData(13)]
    [InlineData(16)]
    [InlineData(37)]
    [InlineData(102)]
    [InlineData(274)]
    // Weights far below the 16-bit range, as in the trained models (the parser's rows mostly peak at an eighth of it).
    [InlineData(274, 4000)]
    [InlineData(102, 300)]
    public void Dense_and_sparse_rows_give_identical_scores(int classCount, int limit = short.MaxValue)
    {
        var rng = new Random(classCount + limit);
        var rows = RandomRows(rng, classCount, 300, (short)limit);
        // Dense rows are added with 512-bit vectors where the processor has them, and with 256-bit ones elsewhere: both are checked.
        var models = new[] { Build(rows, classCount, null), Build(rows, classCount, int.MaxValue), Build(rows, classCount, 1), Build(rows, classCount, 5), Build(rows, classCount, 1, wideVectors: false) };
        for (int trial = 0; trial < 200; trial++)
        {
            // Known features (some repeated) mixed with unknown ones, up to the most one call scores.
            var features = new ulong[rng.Next(0, SparseModel.MaxFeatures + 1)];
            for (int i = 0; i < features.Length; i++)
                features[i] = rng.Next(3) == 0 ? (ulong)rng.NextInt64() : rows.Keys[rng.Next(rows.Keys.Length)];
            var expected = Reference(rows, classCount, features);
            foreach (var model in models)
            {
                var scores = new int[classCount];
                model.Score(features, scores);
                Assert.Equal(expected, scores);
            }
        }
    }

    [Theory]
    [InlineData(274, 138)]
    [InlineData(37, 1)]
    [InlineData(37, 16)]
    [InlineData(37, 17)]
    public void A_prefix_of_the_scores_is_exact_when_only_the_prefix_is_needed(int classCount, int needed)
    {
        var rng = new Random(needed);
        var rows = RandomRows(rng, classCount, 300);
        foreach (var model in new[] { Build(rows, classCount, 1), Build(rows, classCount, null), Build(rows, classCount, 1, wideVectors: false) })
            for (int trial = 0; trial < 50; trial++)
            {
                var features = new ulong[rng.Next(0, 100)];
                for (int i = 0; i < features.Length; i++) features[i] = rows.Keys[rng.Next(rows.Keys.Length)];
                var scores = new int[classCount];
                model.Score(features, scores, needed);
                Assert.Equal(Reference(rows, classCount, features)[..needed], scores[..needed]);
            }
    }

    [Fact]
    public void Renumbered_classes_carry_their_weights()
    {
        var rows = RandomRows(new Random(11), 20, 80);
        var map = Enumerable.Range(0, 20).Reverse().ToArray();
        var renumbered = Build(rows, 20, 1).WithClasses(map);
        var features = rows.Keys.Take(30).ToArray();
        var expected = Reference(rows, 20, features);
        var scores = new int[20];
        renumbered.Score(features, scores);
        for (int c = 0; c < 20; c++) Assert.Equal(expected[c], scores[map[c]]);
    }

    [Fact]
    public void Rows_read_back_in_their_own_order_whatever_the_layout()
    {
        // Rows are laid out longest first for the cache; saving reads them back row by row.
        var rows = RandomRows(new Random(9), 37, 120);
        foreach (var model in new[] { Build(rows, 37, null), Build(rows, 37, 1), Build(rows, 37, int.MaxValue) })
            for (int r = 0; r < rows.Keys.Length; r++)
                for (int k = 0; k < rows.Starts[r + 1] - rows.Starts[r]; k++)
                {
                    Assert.Equal(rows.Classes[rows.Starts[r] + k], model.ClassAt(r, k));
                    Assert.Equal(rows.Steps[rows.Starts[r] + k], model.StepAt(r, k));
                }
    }

    [Fact]
    public void Scores_add_to_what_the_buffer_holds()
    {
        var rows = RandomRows(new Random(5), 40, 50);
        var model = Build(rows, 40, 1);
        var scores = Enumerable.Range(0, 40).ToArray();
        model.Score(rows.Keys.AsSpan(1, 1), scores);
        var expected = Reference(rows, 40, rows.Keys.AsSpan(1, 1));
        for (int c = 0; c < 40; c++) expected[c] += c;
        Assert.Equal(expected, scores);
    }

    [Fact]
    public void A_row_with_a_repeated_class_adds_both_weights()
    {
        // Two weights of the same class sum beyond 16 bits: such a row must not be stored dense.
        var rows = new Rows([42UL], [0, 3], [1, 1, 2], [short.MaxValue, short.MaxValue, 7]);
        var scores = new int[4];
        Build(rows, 4, 1).Score([42UL], scores);
        Assert.Equal(new[] { 0, 2 * short.MaxValue, 7, 0 }, scores);
    }
}
