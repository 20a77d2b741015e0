using Brink.Text.Learning;
using Brink.Text.Training;

namespace Brink.Text.Parsing;

/// <summary>
/// Trains the parser with the dynamic oracle: after the first epoch the trainer follows the
/// model's own prediction 90% of the time, so it learns to recover from its mistakes.
/// </summary>
internal static class ParserTrainer
{
    private const double Explore = 0.9;

    public static ParserSample[] Prepare(IReadOnlyList<TreebankSample> sents, IReadOnlyList<string[]> tags, LabelTable deps, out int lifted)
    {
        lifted = 0;
        var result = new ParserSample[sents.Count];
        for (int s = 0; s < sents.Count; s++)
        {
            var w = sents[s].Words;
            int n = w.Length;
            var heads = w.Select(x => x.Head - 1).ToArray();
            var labels = w.Select(x => x.Deprel).ToArray();
            lifted += Projectivity.Projectivize(heads, labels);
            var words = new ulong[n + 1];
            var tagHashes = new ulong[n + 1];
            var hashes = sents[s].Doc.Hashes;
            for (int i = 0; i < n; i++)
            {
                words[i] = hashes[i].Lower;
                tagHashes[i] = FeatureHash.OfString(tags[s][i]);
            }
            words[n] = ParseScratch.RootWord;
            tagHashes[n] = ParseScratch.RootTag;
            result[s] = new ParserSample(words, tagHashes, heads.Select(h => h < 0 ? n : h).ToArray(), labels.Select(deps.Add).ToArray());
        }
        return result;
    }

    public static Parser Train(ParserSample[] train, LabelTable deps, Func<Parser, ParserScore> evaluateDev, TrainOptions options,
        Action<TrainingProgress>? progress)
    {
        var transitions = new AveragedPerceptron(ArcEager.Count);
        var labels = new AveragedPerceptron(deps.Count);
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Length).ToArray();
        var state = new ParseState();
        Span<ulong> f = stackalloc ulong[ParserFeatures.Max];
        Span<ulong> lf = stackalloc ulong[ParserFeatures.Max];
        var scores = new float[ArcEager.Count];
        var labelScores = new float[deps.Count];
        Span<int> costs = stackalloc int[ArcEager.Count];
        Parser? best = null;
        double bestLas = -1;
        for (int epoch = 1; epoch <= options.ParserEpochs; epoch++)
        {
            rng.Shuffle(order);
            long steps = 0, errors = 0;
            foreach (int si in order)
            {
                var x = train[si];
                state.Reset(x.Length);
                while (!state.IsTerminal)
                {
                    int k = ParserFeatures.Extract(state, x.Words, x.Tags, f);
                    Array.Clear(scores);
                    transitions.Score(f[..k], scores);
                    int minCost = int.MaxValue;
                    for (int t = 0; t < ArcEager.Count; t++)
                    {
                        costs[t] = ArcEager.IsValid(state, (Transition)t) ? ArcEager.Cost(state, (Transition)t, x.GoldHeads) : int.MaxValue;
                        minCost = Math.Min(minCost, costs[t]);
                    }
                    int guess = -1, gold = -1;
                    for (int t = 0; t < ArcEager.Count; t++)
                    {
                        if (costs[t] == int.MaxValue) continue;
                        if (guess < 0 || scores[t] > scores[guess]) guess = t;
                        if (costs[t] == minCost && (gold < 0 || scores[t] > scores[gold])) gold = t;
                    }
                    if (costs[guess] != minCost)
                    {
                        transitions.Update(f[..k], gold, guess);
                        errors++;
                    }
                    transitions.Tick();
                    steps++;
                    int next = epoch > 1 && rng.NextDouble() < Explore ? guess : gold;
                    var tr = (Transition)next;
                    int label = -1;
                    if (tr is Transition.LeftArc or Transition.RightArc)
                    {
                        int dep = tr == Transition.LeftArc ? state.S0 : state.Buffer;
                        int head = tr == Transition.LeftArc ? state.Buffer : state.S0;
                        Parser.LabelFeatures(f[..k], tr, lf);
                        Array.Clear(labelScores);
                        labels.Score(lf[..k], labelScores);
                        label = SparseModel.ArgMax<float>(labelScores);
                        if (x.GoldHeads[dep] == head)
                        {
                            labels.Update(lf[..k], x.GoldLabels[dep], label);
                            labels.Tick();
                            label = x.GoldLabels[dep];
                        }
                    }
                    ArcEager.Apply(state, tr, label);
                }
            }
            var meta = new ModelMetadata
            {
                Component = Parser.ComponentName, Version = options.Version, TrainingData = options.TrainingData,
                Date = options.Date, Seed = options.Seed,
            };
            var parser = new Parser(meta, deps, transitions.Compile(options.Prune), labels.Compile(options.Prune));
            var score = evaluateDev(parser);
            progress?.Invoke(new TrainingProgress(Parser.ComponentName, "epoch", epoch, options.ParserEpochs,
                $"transition errors {100.0 * errors / Math.Max(1, steps):F2}%, dev UAS {score.Uas:F2} LAS {score.Las:F2}, features {transitions.FeatureCount:N0}+{labels.FeatureCount:N0}"));
            if (score.Las > bestLas)
            {
                bestLas = score.Las;
                best = new Parser(meta with { Metrics = score.ToMetrics() }, deps, parser.TransitionModel, parser.LabelModel);
            }
        }
        return best ?? throw new InvalidOperationException("The parser was trained for zero epochs; set ParserEpochs >= 1.");
    }
}
