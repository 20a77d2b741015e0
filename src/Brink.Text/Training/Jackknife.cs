using Brink.Text.Tagging;

namespace Brink.Text.Training;

/// <summary>
/// Predicted tags for training sentences from taggers that never saw them (k-fold), so the parser
/// and the entity recognizer train on tags as noisy as the ones they will get at run time.
/// </summary>
internal static class Jackknife
{
    /// <summary>Per sentence: joint UPOS+XPOS tag hashes (as the parser reads them), XPOS hashes (as the entity recognizer reads them) and supersenses.</summary>
    public static (ulong[][] Tags, ulong[][] Xpos, byte[][] Senses) PredictTags(IReadOnlyList<TreebankSample> train, int folds, TrainOptions options, Action<TrainingProgress>? progress)
    {
        var result = new ulong[train.Count][];
        var xpos = new ulong[train.Count][];
        var senses = new byte[train.Count][];
        for (int fold = 0; fold < folds; fold++)
        {
            var inFold = new List<TreebankSample>();
            var rest = new List<TreebankSample>();
            var foldIndex = new List<int>();
            for (int i = 0; i < train.Count; i++)
            {
                if (i % folds == fold) { inFold.Add(train[i]); foldIndex.Add(i); }
                else rest.Add(train[i]);
            }
            var tagger = TaggerTrainer.Train(rest, [], options with { TaggerEpochs = Math.Max(1, options.TaggerEpochs - 2) }, null);
            for (int j = 0; j < inFold.Count; j++)
            {
                var doc = inFold[j].Doc;
                tagger.TagStandalone(doc);
                var tokens = doc.TokenData.ToArray();
                senses[foldIndex[j]] = tokens.Select(t => t.Sense).ToArray();
                result[foldIndex[j]] = tokens.Select(t => Parsing.ParseScratch.TagHash(doc.Labels.Upos.HashOf(t.Upos), doc.Labels.Xpos.HashOf(t.Xpos))).ToArray();
                xpos[foldIndex[j]] = tokens.Select(t => doc.Labels.Xpos.HashOf(t.Xpos)).ToArray();
            }
            progress?.Invoke(new TrainingProgress("jackknife", "fold", fold + 1, folds, null));
        }
        return (result, xpos, senses);
    }
}
