using System.ComponentModel;
using Brink.Analysis;
using Brink.Coding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Store;

/// <summary>`brink ingest`: code articles and store them; idempotent, one transaction per batch.</summary>
internal sealed class IngestCommand(IAnsiConsole console) : Command<IngestCommand.Settings>
{
    internal sealed class Settings : WritingSettings
    {
        [CommandArgument(0, "[PATHS]")]
        [Description("Article files (.txt .html .jsonl), feed files (.xml .rss .atom) and folders (walked recursively)")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--jsonl <FILE>")]
        [Description("A JSON-lines file of articles (text, title, published, outlet, url, id); repeatable")]
        public string[] Jsonl { get; init; } = [];

        [CommandOption("--feed <FILE>")]
        [Description("An RSS or Atom feed file; repeatable")]
        public string[] Feed { get; init; } = [];

        [CommandOption("--current-events <FILE>")]
        [Description("A Current Events file (date, story, text, sources; as ../shared/corpus-open/current-events/current-events.tsv): each row an article of its day; repeatable")]
        public string[] CurrentEvents { get; init; } = [];

        [CommandOption("--published <YYYY-MM-DD>")]
        [Description("Publication date for articles that do not give one")]
        public string? Published { get; init; }

        [CommandOption("--outlet <NAME>")]
        [Description("Outlet for articles that do not name one")]
        public string? Outlet { get; init; }

        [CommandOption("--max-chars <N>")]
        [Description("Largest article stored, in characters (default 200000, as in the web API); a larger one is reported and skipped")]
        public int MaxChars { get; init; } = EventExtractor.MaxArticleChars;

        [CommandOption("--strict")]
        [Description("A bad JSON line or feed item rejects its whole file (default: it is reported and skipped, the rest stored, exit 1)")]
        public bool Strict { get; init; }

        [CommandOption("--queue <URL>")]
        [Description("Publish the articles to this NATS JetStream queue for `brink worker`s to code instead of coding them here (" + Brink.Cli.Commands.Queue.QueueOption.Description + "); with --db, articles that store holds are skipped")]
        public string? Queue { get; init; }

        [CommandOption("--replicas <N>")]
        [Description("With --queue: copies of the streams when this command creates them (3 on a 3-node cluster; default 1)")]
        public int Replicas { get; init; } = 1;

        public override ValidationResult Validate() =>
            Paths.Length + Jsonl.Length + Feed.Length + CurrentEvents.Length == 0 ? ValidationResult.Error("give at least one file, folder, --jsonl, --feed or --current-events to ingest.")
            : Batch < 1 ? ValidationResult.Error("--batch must be at least 1.")
            : MaxChars < 1 ? ValidationResult.Error($"--max-chars must be a positive number; got {MaxChars}.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var skipped = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var inputs = IngestInputs.From(settings.Paths, settings.Jsonl, settings.Feed, CliDates.Parse(settings.Published, "--published"), settings.Outlet,
            settings.Strict ? null : e => skipped.Enqueue(e.Message + " (skipped)"), settings.MaxChars, settings.CurrentEvents);
        if (settings.Queue is not null) return Brink.Cli.Commands.Queue.PublishCommand.Publish(console, settings.Queue, settings.Replicas, settings.Db, inputs, skipped, cancellationToken);
        using var store = settings.OpenStore();
        var extractor = settings.LoadExtractor();
        using var lookup = Brink.Store.EventStore.Open(settings.Db);
        var ingestor = new ArticleIngestor(extractor, store, settings.Workers, settings.BatchSize, lookup);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Ctrl+C finishes the batch being written, so what was coded is kept and a rerun picks up the rest.
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        IngestSummary summary;
        if (console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            summary = console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    // Progress is bytes of input whose articles were handled: one large JSON-lines file moves the bar article by article.
                    var task = ctx.AddTask("ingesting", maxValue: Math.Max(1, inputs.Sum(i => i.Bytes)));
                    return ingestor.Run(inputs, p =>
                    {
                        task.Value = p.BytesDone;
                        task.Description = Markup.Escape($"{p.Articles} articles, {p.Coded} coded, {p.Duplicates} known, {p.ReportsCoded} reports, {p.Rate:F0}/s");
                    }, cancel.Token);
                });
        }
        else
        {
            var last = DateTime.UtcNow;
            summary = ingestor.Run(inputs, p =>
            {
                if ((DateTime.UtcNow - last).TotalSeconds < 2) return;
                last = DateTime.UtcNow;
                Console.WriteLine($"ingest: {p.Inputs + p.Failed}/{inputs.Count} inputs, {100.0 * p.BytesDone / Math.Max(1, inputs.Sum(i => i.Bytes)):F0}% of the input, {p.Articles} articles, {p.Coded} coded, {p.Duplicates} known, {p.ReportsCoded} reports, {p.Rate:F0} articles/s");
            }, cancel.Token);
        }
        foreach (var error in skipped.Concat(summary.Errors)) Console.Error.WriteLine("brink: " + error.ReplaceLineEndings(" "));
        // A store migrated to the day table holds every older event stale; the first ingest fills it (once).
        if (!cancel.IsCancellationRequested && store.StaleEventCount() > 0)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            long filled = StoreRules.RefreshDayTable(store);
            console.WriteLine($"Day table: weighed {filled} older events in {clock.Elapsed.TotalSeconds:F1} s.");
        }
        var c = summary.Counts;
        var totals = store.Counts();
        console.WriteLine($"Ingested {c.Inputs} of {inputs.Count} inputs into {store.Display}: {c.Stored} new articles, {c.Duplicates} already stored, " +
            $"{c.Revisions} revisions, {c.Reports} reports in {c.Elapsed.TotalSeconds:F1} s ({c.Rate:F1} articles/s). " +
            $"The store holds {totals.Articles} articles, {totals.Reports} reports, {totals.Events} events." +
            (c.Failed > 0 ? $" {c.Failed} inputs or articles failed (see above)." : "") + (skipped.IsEmpty ? "" : $" {skipped.Count} bad lines or feed items skipped (see above).")
            + (cancel.IsCancellationRequested ? " Interrupted; run again to continue." : ""));
        return c.Failed > 0 || !skipped.IsEmpty || cancel.IsCancellationRequested ? 1 : 0;
    }
}
