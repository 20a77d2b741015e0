using System.ComponentModel;
using Brink.Analysis;
using Brink.Cli.Commands.Analysis;
using Brink.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Demo;

/// <summary>`brink demo`: the bundled fictional crisis, ingested into a fresh store, with its dyad tables, alerts and chart.</summary>
internal sealed class DemoCommand(IAnsiConsole console) : Command<DemoCommand.Settings>
{
    internal sealed class Settings : CodingSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Folder for the demo store and chart (default demo-output)")]
        public string Out { get; init; } = "demo-output";

        [CommandOption("--examples <DIR>")]
        [Description("Articles to ingest (default: the repository's examples/demo)")]
        public string? Examples { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string examples = settings.Examples ?? FindExamples();
        Directory.CreateDirectory(settings.Out);
        string db = Path.Combine(settings.Out, "demo.db");
        // A fresh store every time: only the demo's own files are removed.
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        using var store = StoreRules.Open(db);
        var extractor = settings.LoadExtractor();
        var summary = new ArticleIngestor(extractor, store).Run(Store.IngestInputs.From([examples], [], [], null, null));
        foreach (var e in summary.Errors) Console.Error.WriteLine("brink: " + e);
        var counts = store.Counts();
        console.MarkupLineInterpolated($"[bold]Ingested {summary.Counts.Stored} articles from {examples}[/]: {counts.Reports} reports merged into {counts.Events} events ({summary.Counts.Elapsed.TotalSeconds:F1} s).");
        var top = store.Dyads(1).FirstOrDefault();
        if (top is null) { console.WriteLine("No dyad has events."); return 1; }
        foreach (var (a, b) in new[] { (top.Actor, top.Recipient), (top.Recipient, top.Actor) })
        {
            // The chart marks the heaviest days' top events: every day's events are read.
            var series = DyadSeries.LoadFromReports(store, a, b);
            console.WriteLine();
            DyadCommand.Render(console, series, allDays: false);
            string chart = Path.Combine(settings.Out, $"{a}-{b}.png");
            DyadChart.Save(series, chart);
            console.WriteLine($"Chart written to {chart}");
        }
        var alerts = AlertScan.Run(store, null);
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]{alerts.Count} alerts in the store[/] (brink alerts --db {db}):");
        foreach (var alert in alerts.OrderBy(x => x.Day))
            console.MarkupLineInterpolated($"  {alert.Day:yyyy-MM-dd} {alert.Actor} -> {alert.Recipient} {alert.Direction} (z = {alert.ZScore:F1}): {alert.Drivers[0].Description}");
        console.WriteLine();
        console.WriteLine($"Explore further: ./brink events --db {db} --actor {top.Actor}; ./brink dyad {top.Actor} {top.Recipient} --db {db} --plot chart.svg");
        return 0;
    }

    private static string FindExamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "examples", "demo");
            if (Directory.Exists(candidate)) return Path.GetRelativePath(Environment.CurrentDirectory, candidate);
        }
        throw new CliException("The demo articles (examples/demo) were not found beside the program; give --examples DIR.");
    }
}
