using Brink.Analysis;
using Brink.Coding;

namespace Brink.Cli.Commands.Store;

/// <summary>Turns ingest arguments (files, folders, JSON-lines files, feed files) into inputs, in a fixed order.</summary>
internal static class IngestInputs
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm", ".jsonl", ".json"];
    private static readonly string[] FeedExtensions = [".xml", ".rss", ".atom"];

    /// <summary>
    /// The inputs in order. A bad JSON line or feed item, or an article over <paramref name="maxChars"/> characters, goes to
    /// <paramref name="skip"/> and the rest of its file is read; without <paramref name="skip"/> (--strict) it rejects the whole file.
    /// </summary>
    public static List<IngestInput> From(IEnumerable<string> paths, IEnumerable<string> jsonl, IEnumerable<string> feeds, DateOnly? published, string? outlet,
        Action<ArticleFormatException>? skip = null, int maxChars = EventExtractor.MaxArticleChars, IEnumerable<string>? currentEvents = null) =>
        Inputs(paths, jsonl, feeds, published, outlet, skip)
            .Concat((currentEvents ?? []).Select(c => CurrentEventsInput.From(CliInput.RequireFile(c, "--current-events"), skip)))
            .Select(i => i with { Read = () => ArticleSize.Within(i.Read(), i.Name, maxChars, skip) }).ToList();

    private static List<IngestInput> Inputs(IEnumerable<string> paths, IEnumerable<string> jsonl, IEnumerable<string> feeds, DateOnly? published, string? outlet,
        Action<ArticleFormatException>? skip)
    {
        var inputs = new List<IngestInput>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // Folders are walked in ordinal order, so the same folder always ingests in the same order.
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    string ext = Path.GetExtension(f).ToLowerInvariant();
                    if (FeedExtensions.Contains(ext)) inputs.Add(Feed(f, published, outlet, skip));
                    else if (ArticleExtensions.Contains(ext) && !f.EndsWith(".gold.tsv", StringComparison.Ordinal)) inputs.Add(File(f, published, outlet, skip));
                }
            }
            else if (FeedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant())) inputs.Add(Feed(path, published, outlet, skip));
            else if (System.IO.File.Exists(path) || path == CliInput.StdinMarker) inputs.Add(File(path, published, outlet, skip));
            else throw new CliException($"Input '{path}' does not exist.");
        }
        inputs.AddRange(jsonl.Select(j => File(CliInput.RequireFile(j, "--jsonl"), published, outlet, skip)));
        inputs.AddRange(feeds.Select(f => Feed(CliInput.RequireFile(f, "--feed"), published, outlet, skip)));
        return inputs;
    }

    private static IngestInput File(string path, DateOnly? published, string? outlet, Action<ArticleFormatException>? skip) =>
        new(path, () => EventExtractor.ReadArticles(CliInput.ReadText(path), path, published, outlet, skip).ToList()) { Bytes = SizeOf(path) };

    private static IngestInput Feed(string path, DateOnly? published, string? outlet, Action<ArticleFormatException>? skip) =>
        new(path, () => EventExtractor.ReadFeed(CliInput.ReadText(path), path, published, outlet, skip)) { Bytes = SizeOf(path) };

    /// <summary>A file's size (standard input counts as one byte: its size is not known before it is read).</summary>
    private static long SizeOf(string path) => path == CliInput.StdinMarker ? 1 : Math.Max(1, new FileInfo(path).Length);
}
