using System.ComponentModel;
using Brink.Coding;
using Brink.Coding.Annotations;
using Brink.Coding.Evaluation;
using Brink.Coding.Ontology;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Annotations;

/// <summary>`brink annotations split`: annotated rows into train, dev and test by day (no day in two splits), from a seed.</summary>
internal sealed class AnnotationsSplitCommand(IAnsiConsole console) : Command<AnnotationsSplitCommand.Settings>
{
    internal sealed class Settings : OntologySettings
    {
        [CommandArgument(0, "[FILES]")]
        [Description("Annotated JSON lines (a row id may appear once over all files)")]
        public string[] Files { get; init; } = [];

        [CommandOption("--out-dir <DIR>")]
        [Description("Where train.jsonl, dev.jsonl and test.jsonl go (default: data/annotations)")]
        public string OutDir { get; init; } = "data/annotations";

        [CommandOption("--articles <DIR>")]
        [Description("Also split the article annotations (NAME.gold.tsv) of this folder by their article's publication day into OUT-DIR/articles/SPLIT/")]
        public string? Articles { get; init; }

        [CommandOption("--texts <DIR>")]
        [Description("Where the articles of --articles are (e.g. ../shared/corpus-open/wikinews)")]
        public string? Texts { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Seed of the day hash that picks each day's split (default 14); the same seed gives the same splits")]
        public int Seed { get; init; } = 14;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Files.Length == 0 && settings.Articles is null) throw new CliException("annotations split needs annotated files or --articles DIR.");
        if (settings.Articles is not null) SplitArticles(settings);
        if (settings.Files.Length == 0) return 0;
        var ontology = settings.LoadOntology();
        var rows = new List<AnnotatedSentence>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in settings.Files)
            foreach (var row in AnnotationReader.Read(file, ontology))
            {
                if (seen.TryGetValue(row.Id, out var other)) throw new CliException($"{file}:{row.Line}: row {row.Id} is also in {other}; adjudicate it to one row first.");
                seen[row.Id] = file;
                rows.Add(row);
            }
        Directory.CreateDirectory(settings.OutDir);
        var table = new Table().AddColumns("split", "rows", "days", "events", "file");
        foreach (var split in Enum.GetValues<AnnotationSplit>())
        {
            // Rows keep the sample's order inside a split: it is random and stratified, so any prefix is a fair sample.
            var part = rows.Where(r => DaySplit.Of(r.Date, settings.Seed) == split).ToList();
            string path = Path.Combine(settings.OutDir, split.ToString().ToLowerInvariant() + ".jsonl");
            AnnotationWriter.Write(path, part);
            table.AddRow(split.ToString().ToLowerInvariant(), $"{part.Count}", $"{part.Select(r => r.Date).Distinct().Count()}", $"{part.Sum(r => r.EventCount)}", path);
        }
        console.Write(table);
        return 0;
    }

    /// <summary>Each article's gold file goes to the split of its publication day, the same day split the sentences use.</summary>
    private void SplitArticles(Settings settings)
    {
        var counts = new Dictionary<AnnotationSplit, int>();
        foreach (var gold in GoldArticles.In(settings.Articles!))
        {
            string text = GoldArticles.TextOf(gold, settings.Texts);
            var published = EventExtractor.ReadArticle(File.ReadAllText(text), text).Ref.Published
                ?? throw new CliException($"{text}: no publication date, so no split for {gold}.");
            var split = DaySplit.Of(published, settings.Seed);
            string dir = Path.Combine(settings.OutDir, "articles", split.ToString().ToLowerInvariant());
            Directory.CreateDirectory(dir);
            File.Copy(gold, Path.Combine(dir, Path.GetFileName(gold)), overwrite: true);
            counts[split] = counts.GetValueOrDefault(split) + 1;
        }
        console.MarkupLineInterpolated($"articles: {string.Join(", ", counts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key.ToString().ToLowerInvariant()} {kv.Value}"))}");
    }
}
