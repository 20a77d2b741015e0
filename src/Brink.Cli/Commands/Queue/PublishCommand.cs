using Brink.Analysis;
using Brink.Queue;
using Brink.Store;
using Spectre.Console;

namespace Brink.Cli.Commands.Queue;

/// <summary>The --queue side of `brink ingest` and `brink recode`: publishes the work for `brink worker`s instead of doing it.</summary>
internal static class PublishCommand
{
    /// <summary>Publishes articles; skips those <paramref name="db"/> holds when it names a PostgreSQL server or an existing file.</summary>
    public static int Publish(IAnsiConsole console, string url, int replicas, string db, List<IngestInput> inputs,
        System.Collections.Concurrent.ConcurrentQueue<string> skipped, CancellationToken cancel)
    {
        bool hasStore = db.Contains('=') || db.Contains("://", StringComparison.Ordinal) || File.Exists(db);
        using var lookup = hasStore ? StoreRules.Open(db, new StoreOptions { ReadOnly = true }) : null;
        var queue = QueueOption.Connect(url, replicas, cancel);
        try
        {
            var summary = new WorkPublisher(queue, lookup).PublishAsync(inputs, cancel: cancel).GetAwaiter().GetResult();
            foreach (var error in skipped.Concat(summary.Errors)) Console.Error.WriteLine("brink: " + error.ReplaceLineEndings(" "));
            console.WriteLine($"Published {summary.Published} articles to {queue.Display} in {summary.Elapsed.TotalSeconds:F1} s; " +
                $"{summary.Stored} already stored{(lookup is null ? "" : $" in {lookup.Display}")}, {summary.Duplicates} already queued." +
                (summary.Errors.Count > 0 ? $" {summary.Errors.Count} inputs or articles failed (see above)." : "") +
                (skipped.IsEmpty ? "" : $" {skipped.Count} bad lines or feed items skipped (see above)."));
            return summary.Errors.Count > 0 || !skipped.IsEmpty ? 1 : 0;
        }
        finally { queue.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
    }

    /// <summary>Publishes every stored article of <paramref name="store"/> for recoding.</summary>
    public static int Recode(IAnsiConsole console, string url, int replicas, EventStore store, bool all, CancellationToken cancel)
    {
        var queue = QueueOption.Connect(url, replicas, cancel);
        try
        {
            var summary = new WorkPublisher(queue).PublishRecodeAsync(store, all, cancel).GetAwaiter().GetResult();
            console.WriteLine($"Published {summary.Published} stored articles of {store.Display} to {queue.Display} for recoding in {summary.Elapsed.TotalSeconds:F1} s" +
                (all ? "." : "; workers skip those their coder version already coded."));
            return 0;
        }
        finally { queue.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
    }
}
