using System.ComponentModel;
using Brink.Analysis;
using Brink.Cli.Commands.Analysis;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Demo;

/// <summary>
/// `brink demo`: real news (the shipped Current Events excerpt, Middle East, October 2023 to June 2024) and any articles given,
/// ingested into a fresh store, with the Iran-Israel tables, the alerts and the charts marking 13 April 2024; or, with
/// --examples, a folder of articles such as the fictional crisis in examples/demo, shown by its busiest dyad.
/// </summary>
internal sealed class DemoCommand(IAnsiConsole console) : Command<DemoCommand.Settings>
{
    private const string ShippedExcerpt = "data/demo/current-events-middle-east.tsv";
    private const string ShippedCrises = "data/crises.tsv";

    internal sealed class Settings : CodingSettings
    {
        [CommandArgument(0, "[ARTICLES]")]
        [Description("More articles to ingest with the demo's news (files or folders, as brink ingest takes them)")]
        public string[] Articles { get; init; } = [];

        [CommandOption("--out <DIR>")]
        [Description("Folder for the demo store and charts (default demo-output)")]
        public string Out { get; init; } = "demo-output";

        [CommandOption("--excerpt <FILE>")]
        [Description($"Current Events rows to ingest (default: the shipped {ShippedExcerpt}; see data/demo/README.md)")]
        public string? Excerpt { get; init; }

        [CommandOption("--examples <DIR>")]
        [Description("Ingest this folder of articles instead of the real news (examples/demo: a fictional crisis) and show its busiest dyad")]
        public string? Examples { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        bool real = settings.Examples is null;
        string? excerpt = real ? CliInput.RequireFile(settings.Excerpt ?? Find(ShippedExcerpt), "--excerpt") : null;
        var inputs = real
            ? [CurrentEventsInput.From(excerpt!, e => Console.Error.WriteLine("brink: " + e.Message + " (skipped)")),
                .. Store.IngestInputs.From(settings.Articles, [], [], null, null)]
            : Store.IngestInputs.From([settings.Examples!, .. settings.Articles], [], [], null, null);
        Directory.CreateDirectory(settings.Out);
        string db = Path.Combine(settings.Out, "demo.db");
        // A fresh store every time: only the demo's own files are removed.
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        using var store = StoreRules.Open(db);
        var extractor = settings.LoadExtractor();
        var summary = new ArticleIngestor(extractor, store).Run(inputs);
        foreach (var e in summary.Errors) Console.Error.WriteLine("brink: " + e);
        var counts = store.Counts();
        console.MarkupLineInterpolated($"[bold]Ingested {summary.Counts.Stored} articles from {(real ? excerpt : settings.Examples)}{(settings.Articles.Length > 0 ? " and " + string.Join(", ", settings.Articles) : "")}[/]: {counts.Reports} reports merged into {counts.Events} events ({summary.Counts.Elapsed.TotalSeconds:F1} s).");
        // The known crisis onsets (data/crises.tsv) go into the store, so the charts here and the dashboard mark them.
        if (real) store.ReplaceCrises(CrisisReader.Read(Find(ShippedCrises)).Crises.Select(c => c.Record()).ToList());
        var top = store.Dyads(1).FirstOrDefault();
        if (top is null) { console.WriteLine("No dyad has events."); return 1; }
        var (actor, recipient) = real ? ("IRN", "ISR") : (top.Actor, top.Recipient);
        // The real news is shown over the excerpt's days, so the marked day and the quiet weeks around it are on the chart.
        var days = real ? Brink.Coding.Annotations.CurrentEventsReader.Read(excerpt!, _ => { }).Select(r => r.Date).ToList() : [];
        DateOnly? from = days.Count > 0 ? days.Min() : null, to = days.Count > 0 ? days.Max() : null;
        foreach (var (a, b) in new[] { (actor, recipient), (recipient, actor) })
        {
            // The chart marks the heaviest days' top events: every day's events are read.
            var series = DyadSeries.LoadFromReports(store, a, b, from, to);
            console.WriteLine();
            DyadCommand.Render(console, series, allDays: false);
            string chart = Path.Combine(settings.Out, $"{a}-{b}.png");
            DyadChart.Save(series, chart, Crisis.Stored(store, a, b));
            console.WriteLine($"Chart written to {chart}");
        }
        var alerts = AlertScan.Run(store, null);
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]{alerts.Count} alerts in the store[/] (brink alerts --db {db}):");
        foreach (var alert in alerts.OrderBy(x => x.Day))
        {
            bool pair = (alert.Actor, alert.Recipient) == (actor, recipient) || (alert.Actor, alert.Recipient) == (recipient, actor);
            string line = $"  {alert.Day:yyyy-MM-dd} {alert.Actor} -> {alert.Recipient} {alert.Direction} (z = {alert.ZScore:F1}): {alert.Drivers[0].Description}";
            console.MarkupLine(pair ? $"[bold]{Markup.Escape(line)}[/]" : Markup.Escape(line));
        }
        console.WriteLine();
        console.WriteLine($"Explore further: ./brink events --db {db} --actor {actor}; ./brink dyad {actor} {recipient} --db {db} --plot chart.svg; ./brink serve --db {db}");
        return 0;
    }

    /// <summary>A file or folder of the repository, found beside or above the program.</summary>
    private static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return Path.GetRelativePath(Environment.CurrentDirectory, candidate);
        }
        throw new CliException($"The demo's news ({relative}) was not found beside the program; give --excerpt FILE.");
    }
}
