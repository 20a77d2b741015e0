using Brink.Text.Learning;
using Brink.Text.Training;

namespace Brink.Text.Entities;

/// <summary>
/// Trains the entity recognizer on tagged UNER sentences; keeps the epoch with the best dev F1.
/// After the first epoch the previous-tag features read the model's own predictions, as at run time,
/// so it learns to recover from its mistakes instead of trusting a history that is always right.
/// Several perceptrons learn from different shuffles of the data and the model is their mean: one
/// training order alone moves dev F1 by a point or more.
/// </summary>
internal static class EntityTrainer
{
    /// <summary>One training sentence's gold tags and the per-token facts the features read, computed once.</summary>
    private sealed record Sentence(WordHashes[] Words, int[] Gold, ulong[] Xpos, byte[] Gaz, byte[] Senses, byte[] Runs, long[] Bounds, byte Style)
    {
        public EntityInput Input => new(Words, Xpos, Gaz, Senses, Runs, Bounds, Style);
    }

    public static EntityRecognizer Train(IReadOnlyList<EntitySample> train, IReadOnlyList<EntitySample> dev, Action<Doc> tag,
        IReadOnlyDictionary<string, (ulong[] Xpos, byte[] Senses)> jackknifed, NameGazetteer places, TrainOptions options, Action<TrainingProgress>? progress)
    {
        var tags = new LabelTable(["O"]);
        var sentences = new Sentence[train.Count];
        int matched = 0;
        for (int s = 0; s < train.Count; s++)
        {
            var doc = train[s].Doc;
            tag(doc);
            var words = doc.Hashes.ToArray();
            var senses = doc.TokenData.ToArray().Select(t => t.Sense).ToArray();
            var xpos = Enumerable.Range(0, doc.Count).Select(i => doc.Labels.Xpos.HashOf(doc.Data(i).Xpos)).ToArray();
            // Tags from taggers that never saw the sentence, when it is one of the treebank's: as noisy as at run time.
            if (jackknifed.TryGetValue(doc.Text, out var jk) && jk.Xpos.Length == xpos.Length)
            {
                (xpos, senses) = jk;
                matched++;
            }
            var gaz = new byte[doc.Count];
            places.Tag(words, gaz);
            var runs = new byte[doc.Count];
            var bounds = new long[doc.Count];
            NameRuns.Mark(words, runs, bounds);
            var gold = Bilou.FromIob(train[s].Iob).Select(tags.Add).ToArray();
            sentences[s] = new Sentence(words, gold, xpos, gaz, senses, runs, bounds, NameRuns.CaseStyle(words));
        }
        foreach (var d in dev) tag(d.Doc);
        progress?.Invoke(new TrainingProgress(EntityRecognizer.ComponentName, "jackknifed tags", matched, train.Count, null));
        var follows = new bool[(tags.Count + 1) * tags.Count]; // [(prev + 1) * count + next]
        for (int next = 0; next < tags.Count; next++)
        {
            follows[next] = Bilou.CanFollow(null, tags.Name(next));
            for (int prev = 0; prev < tags.Count; prev++) follows[(prev + 1) * tags.Count + next] = Bilou.CanFollow(tags.Name(prev), tags.Name(next));
        }
        int members = Math.Max(1, options.NerMembers);
        var perceptrons = new AveragedPerceptron[members];
        var rngs = new Random[members];
        for (int m = 0; m < members; m++) { perceptrons[m] = new AveragedPerceptron(tags.Count); rngs[m] = new Random(options.Seed + m); }
        var order = Enumerable.Range(0, train.Count).ToArray();
        EntityRecognizer? best = null;
        double bestF1 = -1;
        for (int epoch = 1; epoch <= options.NerEpochs; epoch++)
        {
            for (int m = 0; m < members; m++)
            {
                Array.Sort(order); // each member's shuffles depend on its own generator only
                rngs[m].Shuffle(order);
                Epoch(perceptrons[m], sentences, order, follows, predictedHistory: epoch > 1);
            }
            var meta = options.MetadataFor(EntityRecognizer.ComponentName);
            var ner = new EntityRecognizer(meta, tags, AveragedPerceptron.CompileMean(perceptrons, options.Prune), places);
            var score = EntityScore.Evaluate(ner, dev);
            progress?.Invoke(new TrainingProgress(EntityRecognizer.ComponentName, "epoch", epoch, options.NerEpochs,
                $"dev P {score.Precision:F2} R {score.Recall:F2} F1 {score.F1:F2}, features {ner.Model.FeatureCount:N0}"));
            if (score.F1 > bestF1)
            {
                bestF1 = score.F1;
                best = new EntityRecognizer(meta with { Metrics = new Dictionary<string, double> { ["ner_f1"] = Math.Round(score.F1, 2) } }, tags, ner.Model, places);
            }
        }
        return best ?? throw new InvalidOperationException("The entity recognizer was trained for zero epochs; set NerEpochs >= 1.");
    }

    private static void Epoch(AveragedPerceptron perceptron, Sentence[] sentences, int[] order, bool[] follows, bool predictedHistory)
    {
        int n = perceptron.Classes;
        Span<ulong> f = stackalloc ulong[EntityFeatures.Max];
        Span<float> scores = stackalloc float[n];
        Span<bool> allowed = stackalloc bool[n];
        foreach (int s in order)
        {
            var sentence = sentences[s];
            var x = sentence.Input;
            int p1 = -1, p2 = -1;
            for (int i = 0; i < x.Length; i++)
            {
                int k = EntityFeatures.Extract(x, i, p1, p2, f);
                scores.Clear();
                perceptron.Score(f[..k], scores);
                perceptron.Update(f[..k], sentence.Gold[i], SparseModel.ArgMax<float>(scores));
                perceptron.Tick();
                p2 = p1;
                if (predictedHistory)
                {
                    for (int c = 0; c < n; c++) allowed[c] = follows[(p1 + 1) * n + c];
                    int g = SparseModel.ArgMax<float>(scores, allowed);
                    p1 = g < 0 ? 0 : g;
                }
                else p1 = sentence.Gold[i];
            }
        }
    }
}
