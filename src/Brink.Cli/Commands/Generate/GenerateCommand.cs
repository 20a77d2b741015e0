using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Generate;

/// <summary>`brink generate`: a synthetic corpus of news-like articles as JSON-lines files, for load tests.</summary>
internal sealed class GenerateCommand(IAnsiConsole console) : Command<GenerateCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--articles <N>")][Description("How many articles (default 1000)")] public int Articles { get; init; } = 1000;
        [CommandOption("--out <DIR>")][Description("Folder for the JSON-lines files (default synthetic)")] public string Out { get; init; } = "synthetic";
        [CommandOption("--per-file <N>")][Description("Articles per file (default 1000)")] public int PerFile { get; init; } = 1000;
        [CommandOption("--seed <N>")][Description("Seed of the generated corpus (default 1); the same seed gives the same files")] public int Seed { get; init; } = 1;
        [CommandOption("--from <YYYY-MM-DD>")][Description("First publication date (default 2026-01-01)")] public string From { get; init; } = "2026-01-01";
        [CommandOption("--days <N>")][Description("Days the publication dates spread over (default 365)")] public int Days { get; init; } = 365;
        [CommandOption("--random-dates")][Description("Date articles at random over the days instead of in publication order as a feed delivers them (a backfill's worst case for merging)")] public bool RandomDates { get; init; }

        public override ValidationResult Validate() => Articles < 1 || PerFile < 1 || Days < 1
            ? ValidationResult.Error("--articles, --per-file and --days must be positive.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings s, CancellationToken cancellationToken)
    {
        var files = new SyntheticCorpus(s.Seed).Write(s.Out, s.Articles, s.PerFile, CliDates.Parse(s.From, "--from")!.Value, s.Days, s.RandomDates);
        console.WriteLine($"Wrote {s.Articles} articles in {files.Count} files to {s.Out}");
        return 0;
    }
}
