using Brink.Text.Entities;
using Brink.Text.Parsing;
using Brink.Text.Tagging;

namespace Brink.Text.Training;

/// <summary>Trains every statistical component from a UD treebank folder (and UNER labels) into a model folder.</summary>
public static class TextTrainer
{
    /// <summary>
    /// Trains the components named in <see cref="TrainOptions.Components"/> on <paramref name="udDir"/>'s
    /// train split (dev for model selection) and <paramref name="nerDir"/>'s UNER files, writing them to
    /// <paramref name="outDir"/>. A component not retrained is read from <paramref name="outDir"/> when later ones need it.
    /// </summary>
    public static void Train(string udDir, string? nerDir, string outDir, TrainOptions options, Action<TrainingProgress>? progress = null)
    {
        bool Wants(string c) => options.Components.Contains(c);
        string trainPath = FindSplit(udDir, "train", ".conllu"), devPath = FindSplit(udDir, "dev", ".conllu");
        progress?.Invoke(new TrainingProgress("data", "read", 0, 1, trainPath));
        var train = TreebankSample.Load(trainPath);
        var dev = TreebankSample.Load(devPath);
        options = options with { TrainingData = $"{Path.GetFileName(trainPath)} ({train.Count} sentences, {train.Sum(s => s.Length)} words)" };
        if (Wants(Tagger.ComponentName)) TaggerTrainer.Train(train, dev, options, progress).Save(Path.Combine(outDir, ModelPaths.Tagger));
        var tagger = Tagger.Load(Path.Combine(outDir, ModelPaths.Tagger));
        bool wantsNer = nerDir is not null && Wants(EntityRecognizer.ComponentName);
        var jackknifed = Wants(Parser.ComponentName) || wantsNer ? Jackknife.PredictTags(train, 4, options, progress) : default;
        if (Wants(Parser.ComponentName)) TrainParser(train, dev, tagger, jackknifed.Tags, jackknifed.Senses, outDir, options, progress);
        if (!wantsNer || nerDir is null) return;
        string nerTrain = FindSplit(nerDir, "train", ".iob2"), nerDev = FindSplit(nerDir, "dev", ".iob2");
        var places = NameGazetteer.Build(options.GazetteerDir, options.LexiconDir);
        progress?.Invoke(new TrainingProgress(EntityRecognizer.ComponentName, "gazetteer", 1, 1, $"{places.Count:N0} known names"));
        // UNER's English-EWT sentences are the treebank's: the recognizer trains on their jackknifed tags.
        var nerTags = new Dictionary<string, (ulong[], byte[])>(StringComparer.Ordinal);
        for (int i = 0; i < train.Count; i++) nerTags.TryAdd(train[i].Doc.Text, (jackknifed.Xpos[i], jackknifed.Senses[i]));
        var ner = EntityTrainer.Train(EntitySample.Load(nerTrain), EntitySample.Load(nerDev), d => TagWith(tagger, d), nerTags, places,
            options with { TrainingData = Path.GetFileName(nerTrain) }, progress);
        ner.Save(Path.Combine(outDir, ModelPaths.Entities));
    }

    private static void TrainParser(List<TreebankSample> train, List<TreebankSample> dev, Tagger tagger, ulong[][] jackknifed, byte[][] senses,
        string outDir, TrainOptions options, Action<TrainingProgress>? progress)
    {
        var deps = new LabelTable();
        var parserTrain = ParserTrainer.Prepare(train, jackknifed, senses, deps, options.MinLiftedArcs, out int lifted);
        progress?.Invoke(new TrainingProgress(Parser.ComponentName, "projectivize", 1, 1, $"{lifted} arcs lifted, {deps.Count} labels"));
        foreach (var d in dev) TagWith(tagger, d.Doc);
        var parser = ParserTrainer.Train(parserTrain, deps, p => Evaluation.AttachmentScore.OnGoldTokens(p, dev), options, progress);
        parser.Save(Path.Combine(outDir, ModelPaths.Parser));
    }

    private static void TagWith(Tagger tagger, Doc doc)
    {
        tagger.TagStandalone(doc);
    }

    internal static string FindSplit(string dir, string split, string extension)
    {
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"Data folder '{dir}' does not exist (examples: ../shared/ud/UD_English-EWT, ../shared/ner/UNER_English-EWT).");
        var files = Directory.GetFiles(dir, $"*-{split}{extension}");
        return files.Length == 1 ? files[0]
            : throw new FileNotFoundException($"Expected exactly one '*-{split}{extension}' file in '{dir}', found {files.Length}.");
    }
}
