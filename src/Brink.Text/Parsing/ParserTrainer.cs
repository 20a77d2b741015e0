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

    /// <summary>
    /// Projectivizes the training trees and turns them into samples. A lifted label ("case|obl") seen on fewer than
    /// <paramref name="minLifted"/> arcs keeps only its own relation: the arc stays on the grandparent, unmarked.
    /// </summary>
    /// <remarks>
    /// Every marked label is two more classes (its left and right arc) in every score the parser adds up, and in EWT
    /// 85 marked labels cover 357 of 204,577 arcs; the rare ones more than doubled the classes for a few dozen arcs.
    /// </remarks>
    public static ParserSample[] Prepare(IReadOnlyList<TreebankSample> sents, IReadOnlyList<ulong[]> tags, IReadOnlyList<byte[]> senses, LabelTable deps,
        int minLifted, out int lifted)
    {
        lifted = 0;
        var trees = new (int[] Heads, string[] Labels)[sents.Count];
        var marked = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < sents.Count; s++)
        {
            var w = sents[s].Words;
            var heads = w.Select(x => x.Head - 1).ToArray();
            var labels = w.Select(x => x.Deprel).ToArray();
            lifted += Projectivity.Projectivize(heads, labels);
            foreach (var l in labels)
                if (l.Contains(Projectivity.Mark)) marked[l] = marked.GetValueOrDefault(l) + 1;
            trees[s] = (heads, labels);
        }
        var result = new ParserSample[sents.Count];
        for (int s = 0; s < sents.Count; s++)
        {
            var (heads, labels) = trees[s];
            for (int i = 0; i < labels.Length; i++)
                if (marked.TryGetValue(labels[i], out int count) && count < minLifted) labels[i] = Projectivity.BaseOf(labels[i]);
            int n = heads.Length;
            var words = new ulong[n + 1];
            var tagHashes = new ulong[n + 1];
            var suffixes = new ulong[n + 1];
            var senseIds = new ulong[n + 1];
            var hashes = sents[s].Doc.Hashes;
            for (int i = 0; i < n; i++)
            {
                words[i] = hashes[i].Lower;
                tagHashes[i] = tags[s][i];
                suffixes[i] = hashes[i].Suf3;
                senseIds[i] = senses[s][i];
            }
            words[n] = ParseScratch.RootWord;
            tagHashes[n] = ParseScratch.RootTag;
            suffixes[n] = ParseScratch.RootWord;
            senseIds[n] = ParseScratch.RootSense;
            result[s] = new ParserSample(words, tagHashes, suffixes, senseIds, heads.Select(h => h < 0 ? n : h).ToArray(), labels.Select(deps.Add).ToArray());
        }
        return result;
    }

    /// <summary>Whether an action loses no gold arc: its transition has the least cost and, for a gold arc, it carries the gold label.</summary>
    private static bool IsZeroCost(ParseState s, ParserSample x, int action, ReadOnlySpan<int> costs, int minCost)
    {
        var t = ActionSpace.TransitionOf(action);
        if (costs[(int)t] != minCost) return false;
        if (t is Transition.Shift or Transition.Reduce) return true;
        int dep = t == Transition.LeftArc ? s.S0 : s.Buffer;
        int head = t == Transition.LeftArc ? s.Buffer : s.S0;
        return x.GoldHeads[dep] != head || x.GoldLabels[dep] == ActionSpace.LabelOf(action);
    }

    public static Parser Train(ParserSample[] train, LabelTable deps, Func<Parser, ParserScore> evaluateDev, TrainOptions options,
        Action<TrainingProgress>? progress)
    {
        int actions = ActionSpace.Count(deps.Count);
        var model = new AveragedPerceptron(actions);
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Length).ToArray();
        var state = new ParseState();
        Span<ulong> f = stackalloc ulong[ParserFeatures.Max];
        var scores = new float[actions];
        Span<int> costs = stackalloc int[ArcEager.Count];
        Span<bool> valid = stackalloc bool[ArcEager.Count];
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
                    int k = ParserFeatures.Extract(state, x.Words, x.Tags, x.Suffixes, x.Senses, f);
                    Array.Clear(scores);
                    model.Score(f[..k], scores);
                    int minCost = int.MaxValue;
                    for (int t = 0; t < ArcEager.Count; t++)
                    {
                        valid[t] = ArcEager.IsValid(state, (Transition)t);
                        costs[t] = valid[t] ? ArcEager.Cost(state, (Transition)t, x.GoldHeads) : int.MaxValue;
                        minCost = Math.Min(minCost, costs[t]);
                    }
                    int guess = ActionSpace.Best<float>(scores, valid), gold = -1;
                    for (int a = 0; a < actions; a++)
                        if (IsZeroCost(state, x, a, costs, minCost) && (gold < 0 || scores[a] > scores[gold])) gold = a;
                    if (!IsZeroCost(state, x, guess, costs, minCost))
                    {
                        model.Update(f[..k], gold, guess);
                        errors++;
                    }
                    model.Tick();
                    steps++;
                    int next = epoch > 1 && rng.NextDouble() < Explore ? guess : gold;
                    ArcEager.Apply(state, ActionSpace.TransitionOf(next), ActionSpace.LabelOf(next));
                }
            }
            var meta = options.MetadataFor(Parser.ComponentName);
            var parser = Parser.FromActionOrder(meta, deps, model.Compile(options.ParserPrune));
            var score = evaluateDev(parser);
            progress?.Invoke(new TrainingProgress(Parser.ComponentName, "epoch", epoch, options.ParserEpochs,
                $"transition errors {100.0 * errors / Math.Max(1, steps):F2}%, dev UAS {score.Uas:F2} LAS {score.Las:F2}, features {model.FeatureCount:N0}"));
            if (score.Las > bestLas)
            {
                bestLas = score.Las;
                best = parser.With(meta with { Metrics = score.ToMetrics() });
            }
        }
        // How much accuracy each pruning level would cost, so --prune can be chosen with numbers.
        foreach (float level in new[] { 0.5f, 1f, 2f, 4f })
        {
            var pruned = Parser.FromActionOrder(options.MetadataFor(Parser.ComponentName), deps, model.Compile(level));
            var score = evaluateDev(pruned);
            progress?.Invoke(new TrainingProgress(Parser.ComponentName, "prune", 0, 0,
                $"last epoch at --prune {level}: dev UAS {score.Uas:F2} LAS {score.Las:F2}, {pruned.Model.FeatureCount:N0} features, {pruned.Model.WeightCount:N0} weights"));
        }
        return best ?? throw new InvalidOperationException("The parser was trained for zero epochs; set ParserEpochs >= 1.");
    }
}
