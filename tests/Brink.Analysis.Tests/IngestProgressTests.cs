using System.Collections.Concurrent;
using Brink.Coding;
using Microsoft.Data.Sqlite;

namespace Brink.Analysis.Tests;

/// <summary>Ingest progress moves with the articles of a large input, not once per input.</summary>
public sealed class IngestProgressTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-progress-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Brink.sln"))) return d.FullName;
        throw new InvalidOperationException("Brink.sln not found above the test folder.");
    }

    [Fact]
    public void One_large_input_is_measured_article_by_article()
    {
        string root = RepoRoot();
        var extractor = EventExtractor.Load(Path.Combine(root, "models"), Path.Combine(root, "data"));
        var articles = Enumerable.Range(1, 300)
            .Select(i => EventExtractor.ReadArticle($"Norland shelled Vesta on Monday, report {i} said.", $"in.jsonl:{i}", new DateOnly(2024, 3, 4))).ToList();
        var input = new IngestInput("in.jsonl", () => articles) { Bytes = 30_000 };
        using var store = StoreRules.Open(Path.Combine(_dir, "p.db"));
        var seen = new ConcurrentQueue<IngestProgress>();
        var summary = new ArticleIngestor(extractor, store, workers: 1, batchSize: 50).Run([input], seen.Enqueue);

        Assert.Equal(300, summary.Counts.Stored);
        Assert.Equal(30_000, summary.Counts.BytesDone);
        // After each batch of 50 articles, a sixth more of the input is done; nothing says 100% before the last article.
        var coded = seen.Select(p => (p.Articles, p.BytesDone)).Distinct().Where(p => p.Articles > 0).ToList();
        Assert.Contains((50, 5_000L), coded);
        Assert.Contains((150, 15_000L), coded);
        Assert.DoesNotContain(coded, p => p.BytesDone == 30_000 && p.Articles < 300);
        Assert.Equal(300, seen.Max(p => p.Coded));
    }
}
