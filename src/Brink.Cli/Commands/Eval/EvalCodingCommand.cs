using System.ComponentModel;
using System.Text.Json;
using Brink.Coding;
using Brink.Coding.Evaluation;
using Brink.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Eval;

/// <summary>`brink eval coding`: precision, recall and F1 of the coder against the gold set.</summary>
internal sealed class EvalCodingCommand(IAnsiConsole console) : Command<EvalCodingCommand.Settings>
{
    internal sealed class Settings : CodingSettings
    {
        [CommandOption("--gold <DIR>")]
        [Description("Gold folder: NN-*.txt articles with NN-*.gold.tsv annotations (default: eval/coding)")]
        public string Gold { get; init; } = "eval/coding";

        [CommandOption("--json")]
        public bool Json { get; init; }

        [CommandOption("--errors")]
        [Description("Also list every missed gold event, spurious event and disagreeing field (file:line of the gold row)")]
        public bool Errors { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var extractor = settings.LoadExtractor();
        var scores = CodingEvaluation.Run(extractor, settings.Gold, out int articles, settings.Errors ? line => console.Profile.Out.Writer.WriteLine(line) : null);
        if (articles == 0) throw new CliException($"No article with a .gold.tsv beside it in '{settings.Gold}'.");
        var table = new Table().AddColumns("field", "precision", "recall", "F1", "correct", "predicted", "gold");
        foreach (var s in scores)
            table.AddRow(s.Field, $"{s.Precision:F1}", $"{s.Recall:F1}", $"{s.F1:F1}", $"{s.Correct}", $"{s.Predicted}", $"{s.Gold}");
        console.Write(table);
        console.MarkupLineInterpolated($"{articles} articles");
        if (settings.Json)
        {
            var json = new Dictionary<string, object> { ["articles"] = articles };
            foreach (var s in scores)
                json[s.Field] = new { precision = Math.Round(s.Precision, 2), recall = Math.Round(s.Recall, 2), f1 = Math.Round(s.F1, 2) };
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(json));
        }
        return 0;
    }
}
