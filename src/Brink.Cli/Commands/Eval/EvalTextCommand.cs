using System.ComponentModel;
using System.Text.Json;
using Brink.Text;
using Brink.Text.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Eval;

/// <summary>`brink eval text`: scores the text pipeline on a CoNLL-U file.</summary>
internal sealed class EvalTextCommand(IAnsiConsole console) : Command<EvalTextCommand.Settings>
{
    internal sealed class Settings : ModelSettings
    {
        [CommandOption("--ud <FILE>")]
        [Description("CoNLL-U file to score against, e.g. ../shared/ud/UD_English-EWT/en_ewt-ud-test.conllu")]
        public string? Ud { get; init; }

        [CommandOption("--ner <FILE>")]
        [Description("UNER IOB2 file for entity F1, e.g. ../shared/ner/UNER_English-EWT/en_ewt-ud-test.iob2")]
        public string? Ner { get; init; }

        [CommandOption("--json")]
        [Description("End with one JSON object of all figures on the last line")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrEmpty(Ud) ? ValidationResult.Error("--ud FILE is required (a CoNLL-U file).") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var pipeline = TextPipeline.Load(TextPipeline.ResolveModelDir(settings.Models));
        var r = TextEvaluation.Run(pipeline, CliInput.RequireFile(settings.Ud!, "--ud"), settings.Ner is null ? null : CliInput.RequireFile(settings.Ner, "--ner"));
        var table = new Table().AddColumn("metric").AddColumn(new TableColumn("value").RightAligned());
        void Row(string name, string value) => table.AddRow(name, value);
        Row("sentences / words", $"{r.Sentences:N0} / {r.Words:N0}");
        Row("UPOS", $"{r.Upos:F2}"); Row("XPOS", $"{r.Xpos:F2}"); Row("lemma", $"{r.Lemma:F2}");
        Row("UAS", $"{r.Uas:F2}"); Row("LAS", $"{r.Las:F2}");
        Row("raw tokens F1", $"{r.RawTokensF1:F2}"); Row("raw sentences F1", $"{r.RawSentencesF1:F2}"); Row("raw LAS", $"{r.RawLas:F2}");
        if (r.NerF1 is double f) Row("NER F1", $"{f:F2}");
        Row("tokens/second (1 thread)", $"{r.TokensPerSecond:N0}");
        Row("allocated bytes/token", $"{r.AllocatedBytesPerToken:F1}");
        Row("peak memory (MB)", $"{r.PeakMemoryMb:F0}");
        console.Write(table);
        if (settings.Json) console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(ToJson(r)));
        return 0;
    }

    private static Dictionary<string, object?> ToJson(TextEvaluationResult r) => new()
    {
        ["file"] = r.File, ["sentences"] = r.Sentences, ["words"] = r.Words,
        ["upos"] = r.Upos, ["xpos"] = r.Xpos, ["lemma"] = r.Lemma, ["uas"] = r.Uas, ["las"] = r.Las,
        ["raw_tokens_f1"] = Math.Round(r.RawTokensF1, 2), ["raw_sentences_f1"] = Math.Round(r.RawSentencesF1, 2), ["raw_las"] = r.RawLas,
        ["ner_f1"] = r.NerF1, ["tokens_per_second"] = Math.Round(r.TokensPerSecond), ["allocated_bytes_per_token"] = Math.Round(r.AllocatedBytesPerToken, 1),
        ["peak_memory_mb"] = Math.Round(r.PeakMemoryMb),
    };
}
