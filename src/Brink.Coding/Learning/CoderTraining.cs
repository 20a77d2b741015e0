using Brink.Coding.Actors;
using Brink.Coding.Articles;
using Brink.Coding.Annotations;
using Brink.Coding.Evaluation;
using Brink.Coding.Events;
using Brink.Coding.Ontology;
using Brink.Text;

namespace Brink.Coding.Learning;

/// <summary>Trains the coder's models on annotated rows, scores them on dev rows, and writes models/coder.bkm (what `brink train coding` runs).</summary>
public static class CoderTraining
{
    /// <summary>Trains on <paramref name="trainFile"/>; with <paramref name="devFile"/>, the dev scores go into the model's metadata and the result.</summary>
    /// <remarks>With <paramref name="articlesDir"/>, the article annotations there (NAME.gold.tsv, texts beside them or in <paramref name="textsDir"/>) teach the type and modality models too.</remarks>
    public static (string Path, IReadOnlyDictionary<string, double> Metrics) Run(string trainFile, string? devFile, string modelDir, string dataDir, string outDir,
        int epochs, int seed, string date, Action<string>? progress = null, string? articlesDir = null, string? textsDir = null)
    {
        var ontology = PloverOntology.Load(dataDir);
        var train = AnnotationReader.Read(trainFile, ontology);
        var pipeline = TextPipeline.Load(modelDir);
        var articles = articlesDir is null ? null : ArticleGold(articlesDir, textsDir);
        var model = CoderTrainer.Train(train, pipeline, CodingKnowledge.Load(dataDir), new CoderTrainer.Options(epochs, seed, date), Path.GetFileName(trainFile), progress, articles);
        var metrics = new Dictionary<string, double>();
        if (devFile is not null)
        {
            var scores = new SentenceEvaluation(EventExtractor.Load(modelDir, dataDir, model), ActorKnowledgeBase.Load(dataDir)).Run(AnnotationReader.Read(devFile, ontology));
            foreach (var s in scores.Fields) metrics[$"dev_{s.Field}_f1"] = Math.Round(s.F1, 2);
            metrics["dev_one_event_type_accuracy"] = Math.Round(scores.OneEventTypeAccuracy, 2);
            metrics["dev_no_actor_share"] = Math.Round(scores.NoActorShare, 2);
            model = new CoderModel(model.Type, model.Argument, model.Modality, model.ImplicitActor, model.Metadata with { Metrics = metrics });
        }
        string path = Path.Combine(outDir, CoderModel.FileName);
        model.Write(path);
        return (path, metrics);
    }

    private static List<(Article, IReadOnlyList<AnnotatedEvent>)> ArticleGold(string dir, string? textsDir)
    {
        var list = new List<(Article, IReadOnlyList<AnnotatedEvent>)>();
        foreach (var gold in Directory.GetFiles(dir, "*.gold.tsv").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(gold)[..^".gold.tsv".Length] + ".txt";
            string text = File.Exists(Path.Combine(dir, name)) ? Path.Combine(dir, name) : Path.Combine(textsDir ?? dir, name);
            var article = EventExtractor.ReadArticle(File.ReadAllText(text), text);
            var events = GoldReader.Read(gold, article).Select(g => new AnnotatedEvent(g.Start, g.Start + g.Trigger.Length, g.Trigger, g.Type, g.Mode, [], [],
                Enum.Parse<Modality>(g.Modality, ignoreCase: true))).ToList();
            list.Add((article, events));
        }
        return list;
    }

    /// <summary>The default number of passes over the training rows and the default seed.</summary>
    public static (int Epochs, int Seed) Defaults => (new CoderTrainer.Options().Epochs, new CoderTrainer.Options().Seed);
}
