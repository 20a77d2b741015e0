using System.ComponentModel;
using System.Text.Json;
using Brink.Coding.Annotations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Annotations;

/// <summary>`brink annotations sample`: draws the rows to annotate from current-events.tsv, stratified by year, with a recorded seed.</summary>
internal sealed class AnnotationsSampleCommand(IAnsiConsole console) : Command<AnnotationsSampleCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--current-events <FILE>")]
        [Description("The Current Events corpus (default: ../shared/corpus-open/current-events/current-events.tsv)")]
        public string CurrentEvents { get; init; } = "../shared/corpus-open/current-events/current-events.tsv";

        [CommandOption("--count <N>")]
        [Description("Rows to draw (default 4400)")]
        public int Count { get; init; } = 4400;

        [CommandOption("--seed <N>")]
        [Description("Random seed (default 14); the same file, count and seed give the same sample")]
        public int Seed { get; init; } = 14;

        [CommandOption("--out <FILE>")]
        [Description("JSON lines to write: id, date, story, text, sources (default: standard output)")]
        public string? Out { get; init; }
    }

    // Readable text in the file: quotes and dashes as themselves, not \u escapes.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var rows = CurrentEventsReader.Read(settings.CurrentEvents);
        if (settings.Count <= 0 || settings.Count > rows.Count) throw new CliException($"--count must be from 1 to {rows.Count} (the rows in '{settings.CurrentEvents}').");
        var sample = SentenceSample.Draw(rows, settings.Count, settings.Seed);
        using var writer = settings.Out is null ? Console.Out : new StreamWriter(settings.Out);
        foreach (var r in sample)
            writer.WriteLine(JsonSerializer.Serialize(new { id = r.Id, date = r.Date.ToString("yyyy-MM-dd"), story = r.Story, text = r.Text, sources = r.Sources }, Relaxed));
        if (settings.Out is not null)
            console.MarkupLineInterpolated($"{sample.Count} rows from {rows.Count} ({sample.Select(r => r.Date.Year).Distinct().Count()} years), seed {settings.Seed} -> {settings.Out}");
        return 0;
    }
}
