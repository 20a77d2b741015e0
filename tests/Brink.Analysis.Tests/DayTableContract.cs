using System.Globalization;
using Brink.Analysis;
using Brink.Coding;
using Brink.Store;
using static Brink.Store.Tests.Reports;

namespace Brink.Analysis.Tests;

/// <summary>
/// The day table against the reports it sums: on randomized stores (merges across articles, revisions, deletes, recodes)
/// a series read from day rows equals the one built from every report, day by day and to the bit, on every backend.
/// </summary>
public abstract class DayTableContract
{
    private static readonly DateOnly D = new(2027, 1, 4);
    private static readonly string[] Parties = ["VEN", "GUY", "BRA"];

    protected abstract string NewDatabase();

    /// <summary>Runs plain SQL on the database (to take a store back to schema 7).</summary>
    protected abstract void Execute(string db, string sql);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void SeriesFromDayRowsEqualSeriesFromReports(int seed)
    {
        using var store = StoreRules.Open(NewDatabase());
        var rng = new Random(seed);
        var written = new List<CodedArticle>();
        for (int round = 0; round < 4; round++)
        {
            Churn(store, rng, written);
            int alerts = AssertSameSeries(store, fresh: true);
            if (round == 3) Assert.True(alerts > 0, "the stores must alert somewhere for the comparison of alerts to mean anything");
        }
        AssertSameAlertScan(store);
    }

    [Fact]
    public void AWriterWithoutTheWeightRuleLeavesItsDyadsStaleAndReadersFallBackToReports()
    {
        string db = NewDatabase();
        var rng = new Random(7);
        using (var store = StoreRules.Open(db)) Churn(store, rng, []);
        using (var plain = EventStore.Open(db, new ReportMerger()))
            plain.Write([Article("A late report on one dyad.", D.AddDays(50), "Late Wire", Event("x", "ASSAULT", "BRA", "VEN", D.AddDays(50)))]);
        using var reader = EventStore.Open(db);
        Assert.Null(reader.DyadDays("BRA", "VEN"));
        Assert.NotNull(reader.DyadDays("VEN", "GUY"));
        AssertSameSeries(reader, fresh: null);
        using (var store = StoreRules.Open(db)) Assert.True(StoreRules.RefreshDayTable(store) > 0);
        Assert.Equal(0, reader.StaleEventCount());
        AssertSameSeries(reader, fresh: true);
    }

    [Fact]
    public void APopulatedSchema7StoreMigratesAndIsFilledByTheFirstWriter()
    {
        string db = NewDatabase();
        var rng = new Random(5);
        using (var store = StoreRules.Open(db)) Churn(store, rng, []);
        // Schemas 8 (the day table) and 9 (crises) only add tables: dropping them and their version rows leaves exactly a schema 7 store.
        Execute(db, "DROP TABLE dyad_days; DROP TABLE dyad_events; DROP TABLE stale_events; DROP TABLE crises; DELETE FROM schema_version WHERE version >= 8");
        using var migrated = EventStore.Open(db);
        Assert.Equal(migrated.Counts().Events, migrated.StaleEventCount());
        AssertSameSeries(migrated, fresh: false);
        using (var store = StoreRules.Open(db))
        {
            Assert.Equal(migrated.Counts().Events, StoreRules.RefreshDayTable(store));
            store.Write([Article("After the upgrade.", D.AddDays(70), "Wire", Event("y", "ASSAULT", "VEN", "GUY", D.AddDays(70)))]);
        }
        AssertSameSeries(migrated, fresh: true);
    }

    /// <summary>A round of writes: new articles in bursts, the same events from other outlets, revisions, deletes and a recode.</summary>
    private static void Churn(EventStore store, Random rng, List<CodedArticle> written)
    {
        var batch = new List<CodedArticle>();
        for (int i = 0; i < 40; i++)
        {
            // Quiet days, then bursts around a few days, so the index moves and alerts.
            int day = rng.Next(4) == 0 ? 60 + rng.Next(3) * 15 + rng.Next(3) : rng.Next(110);
            var article = rng.Next(10) switch
            {
                < 2 when written.Count > 0 => Retell(written[rng.Next(written.Count)], rng),
                < 3 when written.Count > 0 => Revise(written[rng.Next(written.Count)], rng),
                _ => NewArticle(rng, day),
            };
            written.Add(article);
            batch.Add(article);
            if (rng.Next(4) == 0) { store.Write(batch); batch.Clear(); }
        }
        store.Write(batch);
        foreach (var id in store.ArticleIds().Where(_ => rng.Next(12) == 0).ToList()) store.DeleteArticle(id);
        var recoded = store.ArticleIds().Where(_ => rng.Next(15) == 0).Select(id => (id, (IReadOnlyList<EventRecord>)Events(rng, rng.Next(110)))).ToList();
        store.Recode(recoded, "test-coder-2");
    }

    private static CodedArticle NewArticle(Random rng, int day) =>
        Article($"Article {rng.Next()} on day {day}.", D.AddDays(day), $"Outlet {rng.Next(5)}", [.. Events(rng, day)]);

    private static List<EventRecord> Events(Random rng, int day)
    {
        var events = new List<EventRecord>();
        for (int j = 0, n = 1 + rng.Next(4); j < n; j++)
        {
            var (type, score) = new[] { ("ASSAULT", -9.0), ("ACCUSE", -4.0), ("COOPERATE", 6.0) }[rng.Next(3)];
            var precision = new[] { DatePrecision.Day, DatePrecision.Day, DatePrecision.Day, DatePrecision.Week, DatePrecision.Publication }[rng.Next(5)];
            var date = D.AddDays(day - rng.Next(2));
            string a = Parties[rng.Next(2)], b = Parties.Where(p => p != a).ElementAt(rng.Next(2));
            var e = Event($"e{j}", type, a, b, date, precision, (Modality)rng.Next(4), score: score, end: precision == DatePrecision.Week ? date.AddDays(6) : null);
            // Some reports name no recipient: they merge into an event of the dyad without a dyad row of their own.
            events.Add(rng.Next(6) == 0 ? e with { Recipient = [] } : e);
        }
        return events;
    }

    /// <summary>The same events told by another outlet: they merge across articles.</summary>
    private static CodedArticle Retell(CodedArticle a, Random rng) =>
        Article($"Retold {rng.Next()}: {a.Article.Text}", a.Article.Ref.Published!.Value, $"Outlet {rng.Next(5)}", [.. a.Events]);

    /// <summary>A changed text under the article's URL: a revision that replaces its reports.</summary>
    private static CodedArticle Revise(CodedArticle a, Random rng)
    {
        string url = a.Article.Ref.Url ?? $"https://news.example/{rng.Next()}";
        var day = a.Article.Ref.Published!.Value;
        return WithUrl(Article($"Revised {rng.Next()}.", day, a.Article.Ref.Outlet ?? "Wire", [.. Events(rng, day.DayNumber - D.DayNumber + rng.Next(3))]), url);
    }

    /// <summary>Compares both paths over several ranges of every dyad (each fresh or stale, when given); returns how many alerts they agreed on.</summary>
    private static int AssertSameSeries(EventStore store, bool? fresh)
    {
        int alerts = 0;
        var dyads = store.Dyads(100);
        Assert.NotEmpty(dyads);
        foreach (var d in dyads)
        {
            if (fresh is { } f) Assert.Equal(f, store.DyadDays(d.Actor, d.Recipient) is not null);
            foreach (var (from, to) in new (DateOnly?, DateOnly?)[] { (null, null), (D.AddDays(30), D.AddDays(100)), (D.AddDays(61), D.AddDays(61)), (null, D.AddDays(40)), (D.AddDays(75), null) })
            {
                var fast = DyadSeries.Load(store, d.Actor, d.Recipient, from, to);
                var slow = DyadSeries.LoadFromReports(store, d.Actor, d.Recipient, from, to);
                Assert.Equal((slow.From, slow.To), (fast.From, fast.To));
                Assert.Equal(slow.Days.Select(Show), fast.Days.Select(Show));
                alerts += fast.Alerts.Count;
            }
        }
        return alerts;
    }

    private static void AssertSameAlertScan(EventStore store)
    {
        var scanned = AlertScan.Run(store, null).Select(Show).ToList();
        var expected = store.Dyads(500).SelectMany(d => DyadSeries.LoadFromReports(store, d.Actor, d.Recipient, d.First, d.Last).Alerts)
            .OrderByDescending(a => a.Day).ThenByDescending(a => a.ZScore).Select(Show).ToList();
        Assert.Equal(expected, scanned);
    }

    /// <summary>Everything a day shows (doubles to the bit; the top events only where the day alerts, all a day-table series keeps).</summary>
    private static string Show(DyadDay d) => string.Join(" | ", d.Day, d.Events, Counts(d.TypeCounts), Counts(d.QuadCounts), Bits(d.ScoreSum), Bits(d.ScoreMean),
        Bits(d.MaterialConflictShare), Bits(d.Weight), Bits(d.Index), d.ZScore is { } z ? Bits(z) : "-", d.Alert is { } a ? Show(a) : "no alert");

    private static string Show(Alert a) => string.Join(" ", a.Actor, a.Recipient, a.Day, a.Direction, Bits(a.Index), Bits(a.Baseline), Bits(a.ZScore),
        string.Join("; ", a.Drivers.Select(e => string.Join(" ", e.Key, e.Day, e.EventType, e.Quad, e.Score, Bits(e.Weight), e.Reports, e.Articles,
            string.Join(",", e.Outlets), e.Modality, e.Description))));

    private static string Counts(IReadOnlyDictionary<string, int> counts) => string.Join(",", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));

    private static string Bits(double v) => BitConverter.DoubleToInt64Bits(v).ToString(CultureInfo.InvariantCulture);
}
