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
        var knowledge = CodingKnowledge.Load(dataDir);
        var model = CoderTrainer.Train(train, pipeline, knowledge, new CoderTrainer.Options(epochs, seed, date), Path.GetFileName(trainFile), progress, articles);
        var metrics = new Dictionary<string, double>();
        if (devFile is not null)
        {
            var dev = AnnotationReader.Read(devFile, ontology);
            // Each stage alone, on dev examples taken at the annotated triggers.
            var devExamples = new CoderExamples();
            foreach (var row in dev) devExamples.Add(row, pipeline, knowledge);
            foreach (var (k, v) in StageScores.Of(model, devExamples)) { metrics[$"dev_stage_{k}"] = v; progress?.Invoke($"dev stage {k} {v}"); }
            // The settings tuned on dev, one after the other: how much recall the type decision buys with precision (type F1
            // decides; within half a point, which is noise on dev, the more recall the better, since articles and history
            // need the events found), then how readily an event without an actor or recipient takes the likeliest phrase (event F1 decides).
            var (best, tuned) = Tune(model, Slacks.Select(x => new DecisionSlacks(x)), "type", dev, pipeline, knowledge, progress, tolerance: TypeTolerance);
            (best, tuned) = Tune(tuned, ArgumentSlacks.Select(x => tuned.Slacks with { Recipient = x }), "event", dev, pipeline, knowledge, progress, best);
            (best, model) = Tune(tuned, ArgumentSlacks.Select(x => tuned.Slacks with { Actor = x }), "event", dev, pipeline, knowledge, progress, best);
            foreach (var s in best!.Fields) metrics[$"dev_{s.Field}_f1"] = Math.Round(s.F1, 2);
            metrics["dev_one_event_type_accuracy"] = Math.Round(best.OneEventTypeAccuracy, 2);
            metrics["dev_no_actor_share"] = Math.Round(best.NoActorShare, 2);
            metrics["type_slack"] = model.Slacks.Type;
            metrics["actor_slack"] = model.Slacks.Actor;
            metrics["recipient_slack"] = model.Slacks.Recipient;
            model = model.With(model.Slacks, model.Metadata with { Metrics = metrics });
        }
        string path = Path.Combine(outDir, CoderModel.FileName);
        model.Write(path);
        return (path, metrics);
    }

    /// <summary>
    /// The model with the best of <paramref name="options"/> by the dev F1 of <paramref name="field"/>; the model as it is
    /// (scored as <paramref name="current"/>, when given) unless an option beats it. Of the options within
    /// <paramref name="tolerance"/> points of the best, the last (options come in order of rising slack) is taken.
    /// </summary>
    private static (SentenceScores Scores, CoderModel Model) Tune(CoderModel model, IEnumerable<DecisionSlacks> options, string field,
        IReadOnlyList<AnnotatedSentence> dev, TextPipeline pipeline, CodingKnowledge knowledge, Action<string>? progress, SentenceScores? current = null, double tolerance = 0)
    {
        double F1(SentenceScores s) => s.Fields.Single(x => x.Field == field).F1;
        var scored = current is null ? [] : new List<(SentenceScores Scores, CoderModel Model)> { (current, model) };
        foreach (var slacks in options)
        {
            var candidate = model.With(slacks, model.Metadata);
            var scores = new SentenceEvaluation(EventExtractor.With(pipeline, knowledge, candidate, "training"), knowledge.Actors).Run(dev);
            progress?.Invoke($"slacks type {slacks.Type}, actor {slacks.Actor}, recipient {slacks.Recipient}: dev {field} F1 {F1(scores):F1}, event F1 {scores.Fields[0].F1:F1}");
            scored.Add((scores, candidate));
        }
        double top = scored.Max(x => F1(x.Scores));
        // The current model is first: with no tolerance it stays unless an option beats it.
        return tolerance > 0 ? scored.Last(x => F1(x.Scores) >= top - tolerance) : scored.First(x => F1(x.Scores) >= top - 1e-9);
    }

    /// <summary>Type F1 points on dev within which two type slacks count as equal (about one event of dev's 478).</summary>
    private const double TypeTolerance = 0.5;

    private static List<(Article, IReadOnlyList<AnnotatedEvent>)> ArticleGold(string dir, string? textsDir)
    {
        var list = new List<(Article, IReadOnlyList<AnnotatedEvent>)>();
        foreach (var gold in GoldArticles.In(dir))
        {
            string text = GoldArticles.TextOf(gold, textsDir);
            var article = EventExtractor.ReadArticle(File.ReadAllText(text), text);
            var events = GoldReader.Read(gold, article).Select(g => new AnnotatedEvent(g.Start, g.Start + g.Trigger.Length, g.Trigger, g.Type, g.Mode, [], [],
                Enum.Parse<Modality>(g.Modality, ignoreCase: true))).ToList();
            list.Add((article, events));
        }
        return list;
    }

    private static readonly float[] Slacks = [0, 2, 5, 10];

    // Up to always: the best phrase for a role the model left empty, however weak.
    private static readonly float[] ArgumentSlacks = [5, 10, 20, 40, 80, float.MaxValue];

    /// <summary>The default number of passes over the training rows and the default seed.</summary>
    public static (int Epochs, int Seed) Defaults => (new CoderTrainer.Options().Epochs, new CoderTrainer.Options().Seed);
}
