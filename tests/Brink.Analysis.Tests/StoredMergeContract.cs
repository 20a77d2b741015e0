using Brink.Analysis;
using Brink.Coding;
using Brink.Store;
using static Brink.Store.Tests.Reports;

namespace Brink.Analysis.Tests;

/// <summary>Merging inside a real store: the same articles in any order and batching give the same events, on every backend.</summary>
public abstract class StoredMergeContract
{
    private static readonly DateOnly D = new(2027, 3, 5);

    protected abstract string NewDatabase();

    private static List<CodedArticle> Corpus()
    {
        var rng = new Random(11);
        var articles = new List<CodedArticle>();
        for (int i = 0; i < 30; i++)
        {
            var day = D.AddDays(rng.Next(6));
            var events = new List<EventRecord>();
            for (int j = 0; j < 3; j++)
            {
                var precision = new[] { DatePrecision.Day, DatePrecision.Day, DatePrecision.Week, DatePrecision.Publication }[rng.Next(4)];
                var date = day.AddDays(-rng.Next(3));
                var e = Event($"e{j}", rng.Next(2) == 0 ? "ASSAULT" : "ACCUSE", "VEN", rng.Next(3) == 0 ? "BRA" : "GUY", date, precision,
                    end: precision == DatePrecision.Week ? date.AddDays(6) : null, location: rng.Next(3) == 0 ? "GUY" : null);
                events.Add(rng.Next(4) == 0 ? e with { Recipient = [] } : e);
            }
            articles.Add(Article($"Article number {i} about the border.", day, $"Outlet {i % 4}", [.. events]));
        }
        return articles;
    }

    private static List<string> Events(EventStore s) =>
        s.Events(new EventQuery { Limit = 10_000 })
            .Select(e => $"{e.EventType} {e.ActorKey}->{e.RecipientKey} {e.Date} n={e.ReportCount}: " +
                string.Join(",", e.Reports.Select(r => s.Article(r.ArticleId)!.Title + "/" + r.RecordJson.GetHashCode()).Order()))
            .Order().ToList();

    [Fact]
    public void AnyOrderAndBatchingGivesTheSameEvents()
    {
        var corpus = Corpus();
        List<string> expected;
        using (var s = EventStore.Open(NewDatabase(), new ReportMerger()))
        {
            s.Write(corpus);
            expected = Events(s);
        }
        Assert.True(expected.Count < corpus.Sum(c => c.Events.Count), "some reports must merge for this test to mean anything");
        var rng = new Random(3);
        for (int trial = 0; trial < 3; trial++)
        {
            using var s = EventStore.Open(NewDatabase(), new ReportMerger());
            foreach (var batch in corpus.OrderBy(_ => rng.Next()).Chunk(1 + rng.Next(7))) s.Write(batch);
            Assert.Equal(expected, Events(s));
        }
    }

    [Fact]
    public void DeletingAndReingestingAnArticleRestoresTheSameEvents()
    {
        var corpus = Corpus();
        using var s = EventStore.Open(NewDatabase(), new ReportMerger());
        s.Write(corpus);
        var expected = Events(s);
        var removed = new List<long>();
        foreach (var id in s.ArticleIds().Where((_, i) => i % 3 == 0)) { s.DeleteArticle(id); removed.Add(id); }
        Assert.NotEqual(expected.Count == 0 ? 1 : expected.Sum(x => x.Length), Events(s).Sum(x => x.Length));
        s.Write(corpus);
        Assert.Equal(expected, Events(s));
    }
}

public sealed class SqliteStoredMergeTests : StoredMergeContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-merge-").FullName;
    private int _n;
    protected override string NewDatabase() => Path.Combine(_dir, $"m{_n++}.db");
    public void Dispose() => Directory.Delete(_dir, true);
}

[Trait("Backend", "postgres")]
public sealed class PostgresStoredMergeTests : StoredMergeContract, IDisposable
{
    private readonly List<string> _schemas = [];
    protected override string NewDatabase() => Brink.Store.Tests.PostgresStoreTests.NewSchema(Brink.Store.Tests.PostgresStoreTests.Server, _schemas);
    public void Dispose() => Brink.Store.Tests.PostgresStoreTests.DropSchemas(_schemas);
}
