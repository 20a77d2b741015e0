using Brink.Text.Learning;
using Brink.Text.Training;

namespace Brink.Text.Entities;

/// <summary>Trains the entity recognizer on tagged UNER sentences; keeps the epoch with the best dev F1.</summary>
internal static class EntityTrainer
{
    public static EntityRecognizer Train(IReadOnlyList<EntitySample> train, IReadOnlyList<EntitySample> dev, Action<Doc> tag,
        NameGazetteer places, TrainOptions options, Action<TrainingProgress>? progress)
    {
        var tags = new LabelTable(["O"]);
        var gold = new int[train.Count][];
        var xpos = new ulong[train.Count][];
        var gaz = new byte[train.Count][];
        var senses = new byte[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            gold[s] = Bilou.FromIob(train[s].Iob).Select(tags.Add).ToArray();
            tag(train[s].Doc);
            senses[s] = train[s].Doc.TokenData.ToArray().Select(t => t.Sense).ToArray();
            gaz[s] = new byte[train[s].Doc.Count];
            places.Tag(train[s].Doc.Hashes, gaz[s]);
            xpos[s] = Enumerable.Range(0, train[s].Doc.Count).Select(i => train[s].Doc.Labels.Xpos.HashOf(train[s].Doc.Data(i).Xpos)).ToArray();
        }
        foreach (var d in dev) tag(d.Doc);
        var perceptron = new AveragedPerceptron(tags.Count);
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        Span<ulong> f = stackalloc ulong[EntityFeatures.Max];
        var scores = new float[tags.Count];
        EntityRecognizer? best = null;
        double bestF1 = -1;
        for (int epoch = 1; epoch <= options.NerEpochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int s in order)
            {
                var hashes = train[s].Doc.Hashes;
                int p1 = -1, p2 = -1;
                for (int i = 0; i < hashes.Length; i++)
                {
                    int k = EntityFeatures.Extract(hashes, xpos[s], gaz[s], senses[s], i, p1, p2, f);
                    Array.Clear(scores);
                    perceptron.Score(f[..k], scores);
                    int guess = SparseModel.ArgMax<float>(scores);
                    perceptron.Update(f[..k], gold[s][i], guess);
                    perceptron.Tick();
                    p2 = p1;
                    p1 = gold[s][i];
                }
            }
            var meta = options.MetadataFor(EntityRecognizer.ComponentName);
            var ner = new EntityRecognizer(meta, tags, perceptron.Compile(options.Prune), places);
            var score = EntityScore.Evaluate(ner, dev);
            progress?.Invoke(new TrainingProgress(EntityRecognizer.ComponentName, "epoch", epoch, options.NerEpochs,
                $"dev P {score.Precision:F2} R {score.Recall:F2} F1 {score.F1:F2}, features {perceptron.FeatureCount:N0}"));
            if (score.F1 > bestF1)
            {
                bestF1 = score.F1;
                best = new EntityRecognizer(meta with { Metrics = new Dictionary<string, double> { ["ner_f1"] = Math.Round(score.F1, 2) } }, tags, ner.Model, places);
            }
        }
        return best ?? throw new InvalidOperationException("The entity recognizer was trained for zero epochs; set NerEpochs >= 1.");
    }
}
