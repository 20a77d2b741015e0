using System.ComponentModel;
using Brink.Analysis;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Store;

/// <summary>`brink recode`: codes stored articles again with the current models and lexicon, recording the coder version.</summary>
internal sealed class RecodeCommand(IAnsiConsole console) : Command<RecodeCommand.Settings>
{
    internal sealed class Settings : WritingSettings
    {
        [CommandOption("--all")]
        [Description("Recode every article, also those the current coder version already coded")]
        public bool All { get; init; }

        [CommandOption("--queue <URL>")]
        [Description("Publish the stored articles to this NATS JetStream queue for `brink worker`s to recode (" + Brink.Cli.Commands.Queue.QueueOption.Description + ")")]
        public string? Queue { get; init; }

        [CommandOption("--replicas <N>")]
        [Description("With --queue: copies of the streams when this command creates them (default 1)")]
        public int Replicas { get; init; } = 1;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        if (settings.Queue is not null) return Brink.Cli.Commands.Queue.PublishCommand.Recode(console, settings.Queue, settings.Replicas, store, settings.All, cancellationToken);
        var coder = new ArticleCoder(settings.LoadExtractor(), settings.Workers);
        int recoded = 0, skipped = 0;
        long reports = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var chunk in store.ArticleIds().Chunk(settings.BatchSize))
        {
            var articles = chunk.Select(id => store.Article(id)!).Where(a => settings.All || a.CoderVersion != coder.Version).ToList();
            skipped += chunk.Length - articles.Count;
            var (n, r) = coder.Recode(store, articles);
            recoded += n;
            reports += r;
        }
        console.WriteLine($"Recoded {recoded} articles ({reports} reports) with {coder.Version} in {clock.Elapsed.TotalSeconds:F1} s; {skipped} were already coded by it.");
        return 0;
    }
}
