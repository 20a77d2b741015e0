using System.ComponentModel;
using Brink.Coding;
using Brink.Coding.Learning;
using Brink.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Train;

/// <summary>`brink train coding`: trains the coder's type, argument and modality models on annotated real news and scores them on dev.</summary>
internal sealed class TrainCodingCommand(IAnsiConsole console) : Command<TrainCodingCommand.Settings>
{
    internal sealed class Settings : CodingSettings
    {
        [CommandOption("--annotations <FILE>")]
        [Description("Annotated training rows (default: data/annotations/train.jsonl)")]
        public string Annotations { get; init; } = "data/annotations/train.jsonl";

        [CommandOption("--dev <FILE>")]
        [Description("Annotated rows to score the trained coder on, written into the model's metadata (default: data/annotations/dev.jsonl; 'none' to skip)")]
        public string Dev { get; init; } = "data/annotations/dev.jsonl";

        [CommandOption("--articles <DIR>")]
        [Description("Also learn triggers and modality from these article annotations (NAME.gold.tsv), e.g. data/annotations/articles/train")]
        public string? Articles { get; init; }

        [CommandOption("--texts <DIR>")]
        [Description("Where the articles of --articles are (e.g. ../shared/corpus-open/wikinews)")]
        public string? Texts { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Where coder.bkm goes (default: models/)")]
        public string Out { get; init; } = "models";

        [CommandOption("--epochs <N>")]
        [Description("Training passes over the annotated rows (default: the trainer's)")]
        public int Epochs { get; init; } = CoderTraining.Defaults.Epochs;

        [CommandOption("--seed <N>")]
        [Description("Random seed of training (default: the trainer's); the same data, seed and date give the same bytes")]
        public int Seed { get; init; } = CoderTraining.Defaults.Seed;

        [CommandOption("--date <YYYY-MM-DD>")]
        [Description("Training date recorded in the model (default: today, UTC); the same data, seed and date give the same bytes")]
        public string? Date { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Annotations)) throw new CliException($"Training annotations '{settings.Annotations}' do not exist (build them with brink annotations split).");
        string? dev = settings.Dev == "none" ? null : settings.Dev;
        if (dev is not null && !File.Exists(dev)) throw new CliException($"Dev annotations '{dev}' do not exist (or pass --dev none).");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (path, metrics) = CoderTraining.Run(settings.Annotations, dev, TextPipeline.ResolveModelDir(settings.Models), EventExtractor.ResolveDataDir(settings.Data),
            settings.Out, settings.Epochs, settings.Seed, settings.Date ?? DateTime.UtcNow.ToString("yyyy-MM-dd"),
            line => console.MarkupLineInterpolated($"[grey]{clock.Elapsed:mm\\:ss}[/] {line}"), settings.Articles, settings.Texts);
        foreach (var (k, v) in metrics) console.MarkupLineInterpolated($"{k} {v}");
        console.MarkupLineInterpolated($"{path} written in {clock.Elapsed:mm\\:ss}");
        return 0;
    }
}
