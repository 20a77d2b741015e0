using System.ComponentModel;
using System.Text.Json;
using Brink.Text;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Parse;

/// <summary>`brink parse`: prints the full analysis of a text as CoNLL-U or JSON.</summary>
internal sealed class ParseCommand : Command<ParseCommand.Settings>
{
    internal sealed class Settings : ModelSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("UTF-8 text file, or - for standard input (default: -)")]
        public string Input { get; init; } = "-";

        [CommandOption("--format <FORMAT>")]
        [Description("conllu (default) or json")]
        public string Format { get; init; } = "conllu";

        public override Spectre.Console.ValidationResult Validate() => Format is "conllu" or "json"
            ? Spectre.Console.ValidationResult.Success()
            : Spectre.Console.ValidationResult.Error($"--format '{Format}' is not known; use conllu or json.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string text = CliInput.ReadText(settings.Input);
        var pipeline = TextPipeline.Load(TextPipeline.ResolveModelDir(settings.Models));
        var doc = pipeline.Process(text);
        using var stdout = Console.OpenStandardOutput();
        if (settings.Format == "json")
        {
            using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
            JsonDocWriter.Write(doc, w);
            w.Flush();
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            using var w = new StreamWriter(stdout, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            ConlluWriter.Write(doc, w);
        }
        return 0;
    }
}
