using System.ComponentModel;
using Brink.Text.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Train;

/// <summary>`brink train text`: trains the text pipeline's models.</summary>
internal sealed class TrainTextCommand(IAnsiConsole console) : Command<TrainTextCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--ud <DIR>")]
        [Description("UD treebank folder with *-train.conllu and *-dev.conllu, e.g. ../shared/ud/UD_English-EWT")]
        public string Ud { get; init; } = "../shared/ud/UD_English-EWT";

        [CommandOption("--ner <DIR>")]
        [Description("UNER folder with *-train.iob2 and *-dev.iob2, e.g. ../shared/ner/UNER_English-EWT")]
        public string? Ner { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Where to write the model files (default: models/)")]
        public string Out { get; init; } = "models";

        [CommandOption("--seed <N>")]
        [Description("Random seed of training (default 1), recorded in the model headers")]
        public int Seed { get; init; } = 1;

        [CommandOption("--gazetteer <DIR>")]
        [Description("GeoNames/ISO 3166 folder for the NER place-name feature, e.g. ../shared/gazetteer")]
        public string? Gazetteer { get; init; }

        [CommandOption("--wordnet <DIR>")]
        [Description("WordNet 3.1 folder for the tagger's lexicon feature, e.g. ../shared/lexicon/wordnet-3.1")]
        public string? WordNet { get; init; }

        [CommandOption("--components <LIST>")]
        [Description("Comma-separated components to train: tagger,parser,ner (default: all; others are read from --out)")]
        public string Components { get; init; } = "tagger,parser,ner";

        [CommandOption("--prune <W>")]
        [Description("Drop tagger and entity weights smaller than this from the shipped models")]
        public float Prune { get; init; } = new TrainOptions().Prune;

        [CommandOption("--parser-prune <W>")]
        [Description("Drop parser weights smaller than this (training prints what each level costs)")]
        public float ParserPrune { get; init; } = new TrainOptions().ParserPrune;

        [CommandOption("--min-lifted <N>")]
        [Description("Keep a lifted parser label (non-projective arc, \"case|obl\") only if at least N training arcs carry it; 1 keeps all")]
        public int MinLifted { get; init; } = new TrainOptions().MinLiftedArcs;

        [CommandOption("--tagger-epochs <N>")]
        [Description("Training passes of the tagger over the treebank")]
        public int TaggerEpochs { get; init; } = new TrainOptions().TaggerEpochs;

        [CommandOption("--parser-epochs <N>")]
        [Description("Training passes of the parser over the treebank")]
        public int ParserEpochs { get; init; } = new TrainOptions().ParserEpochs;

        [CommandOption("--ner-epochs <N>")]
        [Description("Training passes of the entity recognizer over the UNER data")]
        public int NerEpochs { get; init; } = new TrainOptions().NerEpochs;

        [CommandOption("--date <YYYY-MM-DD>")]
        [Description("Training date recorded in the model headers (default: today, UTC)")]
        public string? Date { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new TrainOptions
        {
            Seed = settings.Seed, TaggerEpochs = settings.TaggerEpochs, ParserEpochs = settings.ParserEpochs, NerEpochs = settings.NerEpochs, Prune = settings.Prune, ParserPrune = settings.ParserPrune, MinLiftedArcs = settings.MinLifted, GazetteerDir = settings.Gazetteer, LexiconDir = settings.WordNet,
            Components = settings.Components.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(),
            Date = settings.Date ?? DateTime.UtcNow.ToString("yyyy-MM-dd") };
        var started = DateTime.UtcNow;
        TextTrainer.Train(settings.Ud, settings.Ner, settings.Out, options, p =>
            console.MarkupLineInterpolated($"[grey]{DateTime.UtcNow - started:mm\\:ss}[/] [bold]{p.Component}[/] {p.Step} {p.Done}/{p.Total} {p.Message ?? ""}"));
        console.MarkupLineInterpolated($"Models written to [bold]{settings.Out}[/] in {DateTime.UtcNow - started:mm\\:ss}.");
        return 0;
    }
}
