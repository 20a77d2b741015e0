using System.ComponentModel;
using System.Text.RegularExpressions;
using Brink.Coding.Annotations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Build;

/// <summary>`brink build excerpt`: cuts the demo's excerpt (data/demo) from the Current Events corpus: rows of a period whose story or text matches.</summary>
internal sealed class BuildExcerptCommand(IAnsiConsole console) : Command<BuildExcerptCommand.Settings>
{
    /// <summary>The Middle East as the demo's excerpt names it: its states, capitals, armed groups and waters.</summary>
    public const string MiddleEast = @"Israel|Gaza|Iran|Leban|Hezbollah|Hamas|Syria|Yemen|Houthi|Iraq|Palestin|West Bank|Red Sea|Jordan|Saudi|Egypt|Qatar|Tehran|Beirut|Damascus";

    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--current-events <FILE>")]
        [Description("The Current Events corpus (default ../shared/corpus-open/current-events/current-events.tsv)")]
        public string CurrentEvents { get; init; } = "../shared/corpus-open/current-events/current-events.tsv";

        [CommandOption("--from <YYYY-MM-DD>")]
        [Description("First portal day kept (default 2023-10-01)")]
        public string From { get; init; } = "2023-10-01";

        [CommandOption("--to <YYYY-MM-DD>")]
        [Description("Last portal day kept (default 2024-06-30)")]
        public string To { get; init; } = "2024-06-30";

        [CommandOption("--match <REGEX>")]
        [Description("Rows whose story or text matches this (case-insensitive) are kept (default: the Middle East's states, capitals, groups and waters)")]
        public string Match { get; init; } = MiddleEast;

        [CommandOption("--out <FILE>")]
        [Description("The excerpt written (default data/demo/current-events-middle-east.tsv)")]
        public string Out { get; init; } = "data/demo/current-events-middle-east.tsv";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (from, to) = (CliDates.Parse(settings.From, "--from")!.Value, CliDates.Parse(settings.To, "--to")!.Value);
        Regex match;
        try { match = new Regex(settings.Match, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant); }
        catch (ArgumentException e) { throw new CliException($"--match '{settings.Match}' is not a regular expression: {e.Message}"); }
        var rows = CurrentEventsReader.Read(CliInput.RequireFile(settings.CurrentEvents, "--current-events"))
            .Where(r => r.Date >= from && r.Date <= to && (match.IsMatch(r.Story) || match.IsMatch(r.Text))).ToList();
        if (Path.GetDirectoryName(settings.Out) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        using (var w = new StreamWriter(settings.Out, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
        {
            w.WriteLine("date\tstory\ttext\tsources");
            foreach (var r in rows) w.WriteLine($"{r.Date:yyyy-MM-dd}\t{r.Story}\t{r.Text}\t{r.Sources}");
        }
        console.MarkupLineInterpolated($"{rows.Count:N0} rows from {from:yyyy-MM-dd} to {to:yyyy-MM-dd} written to {settings.Out} ({new FileInfo(settings.Out).Length / 1024} KB)");
        return 0;
    }
}
