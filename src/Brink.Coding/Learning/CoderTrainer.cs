using Brink.Coding.Annotations;
using Brink.Coding.Events;
using Brink.Text;

namespace Brink.Coding.Learning;

/// <summary>Trains the coder's type, argument and modality models on annotated rows (data/annotations/train.jsonl).</summary>
internal static class CoderTrainer
{
    public sealed record Options(int Epochs = 10, int Seed = 18, string Date = "");

    public static CoderModel Train(IReadOnlyList<AnnotatedSentence> rows, TextPipeline pipeline, ICodingKnowledge knowledge, Options options,
        string trainingData, Action<string>? progress = null, IReadOnlyList<(Article Article, IReadOnlyList<AnnotatedEvent> Events)>? articles = null)
    {
        var examples = new CoderExamples();
        int done = 0;
        foreach (var row in rows)
        {
            examples.Add(row, pipeline, knowledge);
            if (++done % 500 == 0) progress?.Invoke($"read {done}/{rows.Count} rows");
        }
        foreach (var (article, events) in articles ?? []) examples.Add(article, events, pipeline, knowledge);
        if (articles is { Count: > 0 }) trainingData += $" + {articles.Count} articles";
        progress?.Invoke($"{examples.Events} events ({examples.UncoveredEvents} with a trigger no candidate covers); {examples.Type.Count} candidate words, {examples.Argument.Count} argument pairs; {examples.UncoveredArguments} of {examples.Arguments} annotated arguments head no candidate phrase");
        var type = ClassifierTrainer.Train(CoderExamples.TypeLabels, examples.Type, options.Epochs, options.Seed);
        progress?.Invoke("type model trained");
        var argument = ClassifierTrainer.Train(CoderExamples.RoleLabels, examples.Argument, options.Epochs, options.Seed + 1);
        progress?.Invoke("argument model trained");
        var modality = ClassifierTrainer.Train(CoderExamples.ModalityLabels, examples.Modality, options.Epochs, options.Seed + 2);
        progress?.Invoke("modality model trained");
        var implicitActor = ClassifierTrainer.Train(ImplicitActorFeatures.Labels, examples.ImplicitActor, options.Epochs, options.Seed + 3);
        progress?.Invoke("implicit-actor model trained");
        var meta = new ModelMetadata
        {
            Component = "coder",
            Version = CoderModel.FormatVersion,
            TrainingData = $"{trainingData} ({rows.Count} rows, {examples.Events} events)",
            Date = options.Date,
            Seed = options.Seed,
        };
        var countrySectors = CountrySectors.Learn(examples.CountryMentions);
        progress?.Invoke($"country sectors: {string.Join(", ", countrySectors.Sectors.Select(kv => $"{kv.Key.Type} {kv.Key.Role} {kv.Value}"))}");
        var actorless = ActorlessTypes.Learn(examples.ActorPresence);
        progress?.Invoke($"types that may have no actor: {string.Join(", ", actorless.Types.Order(StringComparer.Ordinal))}");
        return new CoderModel(type, argument, modality, implicitActor, countrySectors, actorless, meta);
    }
}
