using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Brink.Analysis;
using Brink.Cli.Commands.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Analysis;

/// <summary>`brink dyad A B`: the daily table of a directed dyad, its escalation index and alerts, and a chart.</summary>
internal sealed class DyadCommand(IAnsiConsole console) : Command<DyadCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<ACTOR>")]
        [Description("Country code (IRN) or group code (HAMAS) of the side acting")]
        public string Actor { get; init; } = "";

        [CommandArgument(1, "<RECIPIENT>")]
        [Description("Country code (ISR) or group code (HEZBOLLAH) of the side acted on")]
        public string Recipient { get; init; } = "";

        [CommandOption("--from <YYYY-MM-DD>")]
        [Description("First day of the table (default: the dyad's first day with events)")]
        public string? From { get; init; }

        [CommandOption("--to <YYYY-MM-DD>")]
        [Description("Last day of the table (default: the dyad's last day with events)")]
        public string? To { get; init; }

        [CommandOption("--plot <FILE>")]
        [Description("Write a chart of the index, with alerts and the events that moved it (.png or .svg)")]
        public string? Plot { get; init; }

        [CommandOption("--all-days")]
        [Description("List every day, not only days with events or alerts")]
        public bool AllDays { get; init; }

        public override ValidationResult Validate() =>
            Plot is not null && Path.GetExtension(Plot).ToLowerInvariant() is not (".png" or ".svg")
                ? ValidationResult.Error($"--plot '{Plot}' must end in .png or .svg.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var from = CliDates.Parse(settings.From, "--from");
        var to = CliDates.Parse(settings.To, "--to");
        using var store = settings.OpenForReading();
        var clock = Stopwatch.StartNew();
        string actor = settings.Actor.ToUpperInvariant(), recipient = settings.Recipient.ToUpperInvariant();
        // The chart marks the heaviest days' top events, so it needs every day's events; the table needs the day table only.
        var series = settings.Plot is null ? DyadSeries.Load(store, actor, recipient, from, to) : DyadSeries.LoadFromReports(store, actor, recipient, from, to);
        var elapsed = clock.Elapsed;
        // An empty table for a code no dyad has is most often a typo: say so, with the codes nearest it.
        if (series.Days.Sum(d => d.Events) == 0)
        {
            var dyads = store.Dyads(int.MaxValue);
            foreach (var (code, side, known) in new[] { (actor, "actor", dyads.Select(d => d.Actor)), (recipient, "recipient", dyads.Select(d => d.Recipient)) })
                if (!known.Contains(code))
                    throw new CliException($"'{code}' is no stored dyad's {side}{Nearest.Hint(code, known.OrderBy(k => k, StringComparer.Ordinal))}; `brink dyads` lists the dyads.");
        }
        Render(console, series, settings.AllDays);
        console.MarkupLine($"[grey]{series.Days.Sum(d => d.Events)} events; query and analysis {elapsed.TotalMilliseconds:F0} ms[/]");
        if (settings.Plot is { } plot)
        {
            // The store's known crises of this dyad (brink crises load), either direction, are marked on it.
            var crises = Crisis.Stored(store, actor, recipient);
            DyadChart.Save(series, plot, crises);
            int shown = crises.Count(c => c.Onset >= series.From && c.Onset <= series.To);
            console.WriteLine($"Chart written to {plot}" + (shown > 0 ? $" ({shown} known crisis onsets marked)" : ""));
        }
        return 0;
    }

    internal static void Render(IAnsiConsole console, DyadSeries series, bool allDays)
    {
        var table = new Table().Title($"{series.Actor} -> {series.Recipient}, {series.From:yyyy-MM-dd} to {series.To:yyyy-MM-dd}")
            .AddColumns("day", "events", "types", "score sum", "mean", "mat. conflict", "weight", "index", "z", "alert");
        foreach (var d in series.Days.Where(d => allDays || d.Events > 0 || d.Alert is not null))
        {
            string types = string.Join(", ", d.TypeCounts.OrderByDescending(t => t.Value).ThenBy(t => t.Key).Select(t => $"{t.Key} {t.Value}"));
            table.AddRow(d.Day.ToString("yyyy-MM-dd ddd", CultureInfo.InvariantCulture), d.Events.ToString(CultureInfo.InvariantCulture), Markup.Escape(types),
                F(d.ScoreSum), F(d.ScoreMean), d.Events == 0 ? "" : $"{d.MaterialConflictShare:P0}", F(d.Weight), F(d.Index),
                d.ZScore is double z ? F(z) : "", d.Alert is { } a ? $"[bold {(a.Direction == "escalation" ? "red" : "green")}]{a.Direction}[/]" : "");
        }
        console.Write(table);
        foreach (var a in series.Alerts)
        {
            console.MarkupLine($"[bold]{a.Day:yyyy-MM-dd}[/] {a.Direction}: index {a.Index:F1} against a baseline of {a.Baseline:F1} (z = {a.ZScore:F1}), moved by:");
            foreach (var e in a.Drivers.Take(3))
                console.MarkupLineInterpolated($"    {e.Weight,6:F1}  {e.Description} - {e.Articles} article(s): {string.Join(", ", e.Outlets)}");
        }
    }

    private static string F(double v) => v.ToString("F1", CultureInfo.InvariantCulture);
}
