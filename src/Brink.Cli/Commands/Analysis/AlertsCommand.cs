using System.ComponentModel;
using Brink.Analysis;
using Brink.Cli.Commands.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Analysis;

/// <summary>`brink alerts`: every dyad's alerts since a date, newest first.</summary>
internal sealed class AlertsCommand(IAnsiConsole console) : Command<AlertsCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--since <YYYY-MM-DD>")]
        [Description("Only alerts on or after this day (default: all)")]
        public string? Since { get; init; }

        [CommandOption("--dyads <N>")]
        [Description("How many of the most reported dyads to examine (default 500)")]
        public int Dyads { get; init; } = 500;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var since = CliDates.Parse(settings.Since, "--since");
        using var store = settings.OpenForReading();
        var alerts = AlertScan.Run(store, since, settings.Dyads, openReader: settings.OpenForReading);
        var table = new Table().AddColumns("day", "dyad", "direction", "index", "baseline", "z", "what moved it");
        foreach (var a in alerts)
            table.AddRow(a.Day.ToString("yyyy-MM-dd"), $"{a.Actor} -> {a.Recipient}", a.Direction, $"{a.Index:F1}", $"{a.Baseline:F1}", $"{a.ZScore:F1}",
                Markup.Escape(string.Join("; ", a.Drivers.Take(2).Select(e => $"{e.Description} x{e.Articles}"))));
        console.Write(table);
        console.WriteLine($"{alerts.Count} alerts");
        return 0;
    }
}
