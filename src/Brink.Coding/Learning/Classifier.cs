using Brink.Text;
using Brink.Text.Learning;

namespace Brink.Coding.Learning;

/// <summary>A trained multiclass perceptron with its class names: the decision of one coding stage.</summary>
internal sealed class Classifier(IReadOnlyList<string> labels, SparseModel model)
{
    public IReadOnlyList<string> Labels { get; } = labels;

    /// <summary>The best class and its lead over the runner-up (in the perceptron's weight units; larger is surer).</summary>
    public (int Label, float Margin) Predict(ReadOnlySpan<ulong> features) => PredictWithSlack(features, none: -1, slack: 0);

    /// <summary>
    /// The best class other than <paramref name="none"/> when its score comes within <paramref name="slack"/> (in the
    /// perceptron's weight units) of the best; else the best. A positive slack trades precision for recall on a
    /// decision the NONE class dominates.
    /// </summary>
    public (int Label, float Margin) PredictWithSlack(ReadOnlySpan<ulong> features, int none, float slack)
    {
        Span<int> scores = stackalloc int[Labels.Count];
        scores.Clear();
        model.Score(features, scores);
        int best = SparseModel.ArgMax<int>(scores), other = -1;
        for (int c = 0; c < scores.Length; c++) if (c != none && (other < 0 || scores[c] > scores[other])) other = c;
        if (best == none && other >= 0 && (scores[none] - scores[other]) * model.Scale <= slack) best = other;
        int second = int.MinValue;
        for (int c = 0; c < scores.Length; c++) if (c != best && scores[c] > second) second = scores[c];
        return (best, second == int.MinValue ? 0 : (scores[best] - second) * model.Scale);
    }

    /// <summary>Every class's score, in the perceptron's weight units, into <paramref name="scores"/> (one slot a class).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> steps = stackalloc int[Labels.Count];
        steps.Clear();
        model.Score(features, steps);
        for (int c = 0; c < steps.Length; c++) scores[c] = steps[c] * model.Scale;
    }

    public void Write(BinaryWriter w)
    {
        w.WriteStrings(Labels);
        w.WriteSparse(model);
    }

    public static Classifier Read(BinaryReader r)
    {
        var labels = r.ReadStrings();
        var model = r.ReadSparse();
        if (model.ClassCount != labels.Count) throw new FormatException($"{labels.Count} labels for a model of {model.ClassCount} classes");
        return new Classifier(labels, model);
    }
}
