using Brink.Coding;
using Microsoft.Data.Sqlite;

namespace Brink.Analysis.Tests;

/// <summary>The one coding path: a batch codes as its articles do one by one, and recoding a stored article gives what ingest stored.</summary>
public sealed class ArticleCoderTests : IDisposable
{
    private static readonly Lazy<EventExtractor> Extractor = new(() =>
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Brink.sln")))
                return EventExtractor.Load(Path.Combine(d.FullName, "models"), Path.Combine(d.FullName, "data"));
        throw new InvalidOperationException("Brink.sln not found above the test folder.");
    });

    private readonly string _dir = Directory.CreateTempSubdirectory("brink-coder-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private static Article Read(string text, string id) => EventExtractor.ReadArticle(text, id, new DateOnly(2024, 3, 4), "Wire");

    [Fact]
    public void A_batch_codes_each_article_as_alone_in_order_with_the_hash_given()
    {
        var coder = new ArticleCoder(Extractor.Value, workers: 2);
        var articles = new[] { "Iran warned Israel on Monday. Israel accused Iran of aggression on Tuesday.", "Israel accused Iran of aggression on Tuesday. Iran denied it.", "The weather was mild. It rained." }
            .Select((t, i) => Read(t, $"a{i}")).ToList();
        var batch = coder.CodeAll(articles, ["h0", "h1", "h2"]);

        Assert.Equal(["h0", "h1", "h2"], batch.Select(c => c.ContentHash));
        for (int i = 0; i < articles.Count; i++)
        {
            var alone = coder.Code(articles[i]);
            Assert.Equal(alone.Events.Select(e => (e.Id, e.EventType)), batch[i].Events.Select(e => (e.Id, e.EventType)));
            Assert.Equal(coder.Version, batch[i].CoderVersion);
        }
        Assert.NotEmpty(batch[0].Events);
    }

    [Fact]
    public void Recoding_a_stored_article_stores_what_ingest_stored()
    {
        var coder = new ArticleCoder(Extractor.Value, workers: 1);
        var article = Read("Title: Shelling\nURL: https://example.org/a\n\nIran warned Israel on Monday. Israel accused Iran of aggression on Tuesday.", "a.txt");
        using var store = StoreRules.Open(Path.Combine(_dir, "r.db"));
        store.Write([coder.Code(article)]);
        long id = store.ArticleIds().Single();
        string Reports() => string.Join("\n", store.ArticleReports(id).Select(r => r.RecordJson));
        string before = Reports();
        var stored = store.Article(id)!;

        Assert.Equal("Shelling", ArticleCoder.Reread(stored).Ref.Title);
        Assert.Equal("https://example.org/a", ArticleCoder.Reread(stored).Ref.Url);
        var (recoded, reports) = coder.Recode(store, [stored]);

        Assert.Equal(1, recoded);
        Assert.Equal(store.ArticleReports(id).Count, reports);
        Assert.NotEmpty(before);
        Assert.Equal(before, Reports());
    }
}
