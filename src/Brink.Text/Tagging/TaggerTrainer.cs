using Brink.Text.Learning;
using Brink.Text.Training;

namespace Brink.Text.Tagging;

/// <summary>Trains the tagger and its lemma and morphology tables; keeps the epoch that scores best on dev.</summary>
internal static class TaggerTrainer
{
    public static Tagger Train(IReadOnlyList<TreebankSample> train, IReadOnlyList<TreebankSample> dev, TrainOptions options,
        Action<TrainingProgress>? progress = null)
    {
        var upos = new LabelTable();
        var xpos = new LabelTable();
        var joint = new LabelTable();
        var gold = new int[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            var words = train[s].Words;
            gold[s] = new int[words.Length];
            for (int i = 0; i < words.Length; i++)
            {
                upos.Add(words[i].Upos);
                xpos.Add(words[i].Xpos);
                gold[s][i] = joint.Add(words[i].Upos + " " + words[i].Xpos);
            }
        }
        var lemmas = LemmaTable.Build(train.SelectMany(t => t.Words).Select(w => (w.Form, upos.Id(w.Upos), w.Lemma)));
        var feats = FeatsTable.Build(train.SelectMany(t => t.Words).Select(w => (w.Form, upos.Id(w.Upos), xpos.Id(w.Xpos), w.Feats)));
        var unambiguous = FindUnambiguous(train, gold);
        var lexicon = options.LexiconDir is null ? WordNetLexicon.Empty : WordNetLexicon.Build(options.LexiconDir);
        var lex = train.Select(t => t.Doc.Tokens.Select(tok => lexicon.Lookup(tok.Span)).ToArray()).ToArray();

        var perceptron = new AveragedPerceptron(joint.Count);
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        Span<ulong> f = stackalloc ulong[TaggerFeatures.Max];
        var scores = new float[joint.Count];
        Tagger? best = null;
        double bestAcc = -1;
        for (int epoch = 1; epoch <= options.TaggerEpochs; epoch++)
        {
            rng.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int s in order)
            {
                var hashes = train[s].Doc.Hashes;
                int p1 = -1, p2 = -1;
                for (int i = 0; i < hashes.Length; i++)
                {
                    int n = TaggerFeatures.Extract(hashes, lex[s], i, p1, p2, f);
                    Array.Clear(scores);
                    perceptron.Score(f[..n], scores);
                    int guess = SparseModel.ArgMax<float>(scores);
                    perceptron.Update(f[..n], gold[s][i], guess);
                    perceptron.Tick();
                    if (guess == gold[s][i]) correct++;
                    total++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            var meta = options.MetadataFor(Tagger.ComponentName);
            var tagger = new Tagger(meta, upos, xpos, joint, perceptron.Compile(options.Prune), unambiguous, lemmas, feats, lexicon);
            var acc = TaggerScore.Evaluate(tagger, dev);
            progress?.Invoke(new TrainingProgress(Tagger.ComponentName, "epoch", epoch, options.TaggerEpochs,
                $"train acc {100.0 * correct / total:F2}, dev UPOS {acc.Upos:F2} XPOS {acc.Xpos:F2} lemma {acc.Lemma:F2}, features {perceptron.FeatureCount:N0}"));
            if (acc.Upos + acc.Xpos > bestAcc)
            {
                bestAcc = acc.Upos + acc.Xpos;
                best = new Tagger(meta with { Metrics = acc.ToMetrics() }, upos, xpos, joint, tagger.Model, unambiguous, lemmas, feats, lexicon);
            }
        }
        return best ?? throw new InvalidOperationException("The tagger was trained for zero epochs; set TaggerEpochs >= 1.");
    }

    /// <summary>Frequent words that always take one tag skip the model entirely (faster, and no worse).</summary>
    private static Dictionary<ulong, int> FindUnambiguous(IReadOnlyList<TreebankSample> train, int[][] gold)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        for (int s = 0; s < train.Count; s++)
        {
            var hashes = train[s].Doc.Hashes;
            for (int i = 0; i < hashes.Length; i++)
            {
                if (!counts.TryGetValue(hashes[i].Form, out var c)) counts[hashes[i].Form] = c = [];
                c[gold[s][i]] = c.GetValueOrDefault(gold[s][i]) + 1;
            }
        }
        var result = new Dictionary<ulong, int>();
        foreach (var (word, c) in counts)
        {
            int total = c.Values.Sum();
            var top = c.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First();
            if ((total >= 20 && top.Value >= 0.995 * total) || (total >= 8 && top.Value == total)) result[word] = top.Key;
        }
        return result;
    }
}
