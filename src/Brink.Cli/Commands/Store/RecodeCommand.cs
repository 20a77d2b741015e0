using System.ComponentModel;
using Brink.Coding;
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
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var extractor = settings.LoadExtractor();
        int recoded = 0, skipped = 0;
        long reports = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var chunk in store.ArticleIds().Chunk(settings.Batch))
        {
            var articles = chunk.Select(id => store.Article(id)!).Where(a => settings.All || a.CoderVersion != extractor.Version).ToList();
            skipped += chunk.Length - articles.Count;
            var coded = new (long, IReadOnlyList<EventRecord>)[articles.Count];
            Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = settings.Workers > 0 ? settings.Workers : Environment.ProcessorCount }, i =>
            {
                var a = articles[i];
                var article = EventExtractor.ReadArticle(a.Text, a.SourceKey, a.Published, a.Outlet);
                article = article with { Ref = article.Ref with { Title = a.Title ?? article.Ref.Title, Url = a.Url } };
                coded[i] = (a.Id, extractor.Code(article));
            });
            if (coded.Length > 0) reports += store.Recode(coded, extractor.Version).Reports;
            recoded += coded.Length;
        }
        console.WriteLine($"Recoded {recoded} articles ({reports} reports) with {extractor.Version} in {clock.Elapsed.TotalSeconds:F1} s; {skipped} were already coded by it.");
        return 0;
    }
}
