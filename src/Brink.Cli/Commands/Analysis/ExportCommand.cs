using System.ComponentModel;
using System.Text;
using Brink.Analysis;
using Brink.Cli.Commands.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Analysis;

/// <summary>`brink export`: every stored report as JSON lines or CSV, or every merged event as GDELT 2.0 rows.</summary>
internal sealed class ExportCommand : Command<ExportCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--format <FORMAT>")][Description("jsonl (default), csv or gdelt")] public string Format { get; init; } = "jsonl";
        [CommandOption("--out <FILE>")][Description("Write here instead of standard output")] public string? Out { get; init; }
        [CommandOption("--from <YYYY-MM-DD>")][Description("First day of the reports exported")] public string? From { get; init; }
        [CommandOption("--to <YYYY-MM-DD>")][Description("Last day of the reports exported")] public string? To { get; init; }

        public override ValidationResult Validate() => Format is "jsonl" or "csv" or "gdelt"
            ? ValidationResult.Success() : ValidationResult.Error($"--format '{Format}' is not known; use jsonl, csv or gdelt.");
    }

    public override int Execute(CommandContext context, Settings s, CancellationToken cancellationToken)
    {
        var from = CliDates.Parse(s.From, "--from");
        var to = CliDates.Parse(s.To, "--to");
        using var store = s.OpenForReading();
        // Written to a temporary file first, so a failed export never leaves a truncated file under the requested name.
        string? temp = s.Out is null ? null : s.Out + ".part";
        using (var output = temp is null ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) : new StreamWriter(temp, false, new UTF8Encoding(false)))
        {
            switch (s.Format)
            {
                case "gdelt": ExportWriter.Gdelt(store.ReportsByEvent(from, to), output); break;
                case "csv": ExportWriter.Csv(store.Reports(from, to), output); break;
                default:
                    foreach (var r in store.Reports(from, to)) ExportWriter.JsonLine(r, output);
                    break;
            }
        }
        if (temp is not null) File.Move(temp, s.Out!, overwrite: true);
        return 0;
    }
}
