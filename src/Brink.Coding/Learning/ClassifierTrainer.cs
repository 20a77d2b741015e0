using Brink.Text.Learning;

namespace Brink.Coding.Learning;

/// <summary>
/// Trains a <see cref="Classifier"/> on (features, label) examples: an averaged perceptron over shuffled epochs, the
/// mean of a few members trained on different orders (as the text models are), pruned of tiny weights.
/// Deterministic: the same examples and seed give the same model.
/// </summary>
internal static class ClassifierTrainer
{
    public static Classifier Train(IReadOnlyList<string> labels, IReadOnlyList<(ulong[] Features, int Label)> examples, int epochs, int seed, int members = 4)
    {
        var trained = new List<AveragedPerceptron>(members);
        var scores = new float[labels.Count];
        for (int m = 0; m < members; m++)
        {
            var p = new AveragedPerceptron(labels.Count);
            var order = Enumerable.Range(0, examples.Count).ToArray();
            var random = new Random(seed + 7919 * m);
            for (int epoch = 0; epoch < epochs; epoch++)
            {
                random.Shuffle(order);
                foreach (int k in order)
                {
                    var (features, label) = examples[k];
                    Array.Clear(scores);
                    p.Score(features, scores);
                    int guess = SparseModel.ArgMax<float>(scores);
                    p.Update(features, label, guess);
                    p.Tick();
                }
            }
            trained.Add(p);
        }
        return new Classifier(labels, AveragedPerceptron.CompileMean(trained, prune: 1e-3f));
    }
}
