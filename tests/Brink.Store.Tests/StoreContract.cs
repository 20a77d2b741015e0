using Brink.Coding;
using Brink.Store;
using static Brink.Store.Tests.Reports;

namespace Brink.Store.Tests;

/// <summary>The behaviour every backend must show; each backend runs these same tests against a real database.</summary>
public abstract class StoreContract
{
    protected static readonly DateOnly D = new(2027, 3, 4);

    /// <summary>A fresh, empty store location (file path or connection string).</summary>
    protected abstract string NewDatabase();

    private EventStore Open(string db) => EventStore.Open(db, new SameDayRule());

    [Fact]
    public void StoresArticlesReportsActorsAndDyads()
    {
        using var s = Open(NewDatabase());
        var r = s.Write([Article("Text one.", D, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", D), Event("e2", "ACCUSE", "GUY", "VEN", D, score: -2))]);
        Assert.Equal((1, 0, 0, 2), (r.NewArticles, r.Duplicates, r.Revisions, r.Reports));
        Assert.Equal(new StoreCounts(1, 2, 2, 2), s.Counts());
        var dyad = s.DyadReports("VEN", "GUY");
        Assert.Single(dyad);
        Assert.Equal(("ASSAULT", D, "Wire", "sentence"), (dyad[0].EventType, dyad[0].Day, dyad[0].Outlet, dyad[0].Trigger));
        Assert.Empty(s.DyadReports("GUY", "GUY"));
    }

    [Fact]
    public void SameTextTwiceIsStoredOnce()
    {
        var db = NewDatabase();
        using (var s = Open(db)) s.Write([Article("Same text.", D, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", D))]);
        using (var s = Open(db))
        {
            var r = s.Write([Article("Same text.", D, "Other", Event("e1", "ASSAULT", "VEN", "GUY", D))]);
            Assert.Equal((0, 1), (r.NewArticles, r.Duplicates));
            Assert.Equal(1, s.Counts().Articles);
            Assert.Equal(1, s.Counts().Reports);
        }
    }

    [Fact]
    public void ChangedTextUnderTheSameUrlIsANewRevisionThatReplacesTheOldReports()
    {
        using var s = Open(NewDatabase());
        s.Write([WithUrl(Article("First text.", D, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", D)), "https://x.example/1")]);
        var r = s.Write([WithUrl(Article("Corrected text.", D, "Wire", Event("e1", "ACCUSE", "VEN", "GUY", D, score: -2)), "https://x.example/1")]);
        Assert.Equal(1, r.Revisions);
        Assert.Equal(2, s.Counts().Articles);
        var events = s.Events(new EventQuery());
        Assert.Equal("ACCUSE", Assert.Single(events).EventType);
        Assert.Equal(2, s.Article(s.ArticleIds().Single())!.Revision);
    }

    [Fact]
    public void ReportsOfTheSameEventMergeAcrossArticlesAndOutlets()
    {
        using var s = Open(NewDatabase());
        s.Write([Article("A report.", D, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", D))]);
        s.Write([Article("Another report.", D, "Post", Event("e1", "ASSAULT", "VEN", "GUY", D)),
                 Article("A later strike.", D, "Post", Event("e1", "ASSAULT", "VEN", "GUY", D.AddDays(1)))]);
        var events = s.Events(new EventQuery { Actor = "VEN" });
        Assert.Equal(2, events.Count);
        var merged = events.Single(e => e.Date == D);
        Assert.Equal((2, 2, 2), (merged.ReportCount, merged.ArticleCount, merged.OutletCount));
        Assert.Equal(2, merged.Reports.Count);
    }

    [Fact]
    public void FrequentAndRarePartiesGiveTheSameEventPages()
    {
        using var s = Open(NewDatabase());
        for (int i = 0; i < 6; i++)
            s.Write([Article($"Report {i}.", D.AddDays(i), "Wire", Event($"e{i}", i % 2 == 0 ? "ASSAULT" : "ACCUSE", i < 4 ? "VEN" : "BRA", i % 3 == 0 ? "GUY" : "COL", D.AddDays(i)))]);
        EventQuery[] queries =
        [
            new() { Actor = "VEN" }, new() { Recipient = "GUY" }, new() { Actor = "VEN", Recipient = "COL" },
            new() { Actor = "VEN", EventType = "ASSAULT", Limit = 1, Offset = 1 }, new() { Actor = "NOR" },
        ];
        foreach (var q in queries)
        {
            s.FrequentParty = int.MaxValue - 1; // every party rare: its events are read through its index rows
            var rare = s.Events(q).Select(e => e.Key).ToList();
            s.FrequentParty = 0; // every party with an event frequent: events are walked newest first and checked
            var frequent = s.Events(q).Select(e => e.Key).ToList();
            Assert.Equal(rare, frequent);
        }
        s.FrequentParty = 0;
        Assert.Equal(4, s.Events(new EventQuery { Actor = "VEN" }).Count);
        Assert.Single(s.Events(new EventQuery { Actor = "VEN", Recipient = "COL", Limit = 1 }));
    }

    [Fact]
    public void DeletingAnArticleKeepsTheOtherReportsOfItsEvents()
    {
        using var s = Open(NewDatabase());
        s.Write([Article("A report.", D, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", D)), Article("Another.", D, "Post", Event("e1", "ASSAULT", "VEN", "GUY", D))]);
        Assert.True(s.DeleteArticle(s.ArticleIds()[0]));
        var e = Assert.Single(s.Events(new EventQuery()));
        Assert.Equal(1, e.ReportCount);
        Assert.True(s.DeleteArticle(s.ArticleIds()[0]));
        Assert.Empty(s.Events(new EventQuery()));
        Assert.Equal(0, s.CountEvents(new EventQuery { Actor = "VEN" }));
        Assert.Equal(new StoreCounts(0, 0, 0, 0), s.Counts());
    }

    [Fact]
    public void DyadTotalsFollowWritesRevisionsRecodesAndDeletes()
    {
        using var s = Open(NewDatabase());
        var (d1, d2, d3) = (D.AddDays(-3), D, D.AddDays(5));
        s.Write([
            Article("One.", d1, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", d1), Event("e2", "ACCUSE", "GUY", "VEN", d1)),
            Article("Two.", d2, "Post", Event("e1", "ASSAULT", "VEN", "GUY", d2), Event("e2", "CONSULT", "BRA", "VEN", d2)),
            WithUrl(Article("Three.", d3, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", d3)), "https://x.example/3")]);
        Assert.Equal([("VEN", "GUY", 3L, d1, d3), ("BRA", "VEN", 1L, d2, d2), ("GUY", "VEN", 1L, d1, d1)], Totals(s));
        // A revision takes its old reports' rows out; the range shrinks to what is left.
        s.Write([WithUrl(Article("Three, corrected.", d3, "Wire", Event("e1", "THREATEN", "GUY", "VEN", d3)), "https://x.example/3")]);
        Assert.Equal([("GUY", "VEN", 2L, d1, d3), ("VEN", "GUY", 2L, d1, d2), ("BRA", "VEN", 1L, d2, d2)], Totals(s));
        long first = s.ArticleIds()[0];
        s.Recode([(first, [Event("e9", "THREATEN", "VEN", "GUY", d2)])], "coder-2");
        Assert.Equal([("VEN", "GUY", 2L, d2, d2), ("BRA", "VEN", 1L, d2, d2), ("GUY", "VEN", 1L, d3, d3)], Totals(s));
        foreach (long id in s.ArticleIds()) s.DeleteArticle(id);
        Assert.Empty(s.Dyads());
    }

    private static List<(string, string, long, DateOnly, DateOnly)> Totals(EventStore s) =>
        s.Dyads().Select(d => (d.Actor, d.Recipient, d.Reports, d.First, d.Last)).ToList();

    [Fact]
    public void RecodeReplacesReportsAndRecordsTheCoderVersion()
    {
        using var s = Open(NewDatabase());
        s.Write([Article("A report.", D, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", D))]);
        long id = s.ArticleIds().Single();
        s.Recode([(id, [Event("e9", "THREATEN", "VEN", "GUY", D, score: -3.5)])], "coder-2");
        var report = Assert.Single(s.ArticleReports(id));
        Assert.Equal("coder-2", report.CoderVersion);
        Assert.Equal("THREATEN", Assert.Single(s.Events(new EventQuery())).EventType);
        Assert.Equal("coder-2", s.Article(id)!.CoderVersion);
    }

    [Fact]
    public void FiltersEventsByPartyTypeModalityAndDates()
    {
        using var s = Open(NewDatabase());
        s.Write([Article("Mixed.", D, "Wire",
            Event("e1", "ASSAULT", "VEN", "GUY", D),
            Event("e2", "THREATEN", "VEN", "GUY", D.AddDays(2), modality: Modality.Conditional, score: -3.5),
            Event("e3", "CONSULT", "BRA", "GUY", D.AddDays(5), score: 2.5))]);
        Assert.Equal(2, s.Events(new EventQuery { Actor = "VEN" }).Count);
        Assert.Equal(2, s.Events(new EventQuery { Actor = "VENGOV" }).Count);
        Assert.Single(s.Events(new EventQuery { Modality = "conditional" }));
        Assert.Single(s.Events(new EventQuery { Actor = "BRA", Recipient = "GUYMIL" }));
        Assert.Empty(s.Events(new EventQuery { Actor = "GUY" }));
        Assert.Empty(s.Events(new EventQuery { NamedSourcesOnly = true }));
        Assert.Single(s.Events(new EventQuery { EventType = "consult" }));
        Assert.Single(s.Events(new EventQuery { From = D.AddDays(1), To = D.AddDays(3) }));
        Assert.Equal(3, s.CountEvents(new EventQuery { Recipient = "GUY" }));
        Assert.Equal(2, s.Events(new EventQuery { Limit = 2 }).Count);
        Assert.Equal("ASSAULT", s.Events(new EventQuery { Limit = 1, Offset = 2 }).Single().EventType);
    }

    [Fact]
    public void AFailedBatchLeavesNothingBehindAndKeepsWhatWasStored()
    {
        var db = NewDatabase();
        using var s = EventStore.Open(db, new ThrowingRule());
        using (var ok = Open(db)) ok.Write([Article("Kept.", D, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", D))]);
        Assert.Throws<InvalidOperationException>(() => s.Write([Article("Lost.", D, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", D.AddDays(3)))]));
        Assert.Equal(new StoreCounts(1, 1, 1, 1), s.Counts());
    }

    [Fact]
    public void TheSourcingFilterKeepsEventsWithANamedSourceOrSpeaker()
    {
        using var s = Open(NewDatabase());
        var named = Event("e1", "ASSAULT", "VEN", "GUY", D) with { Attribution = new AttributionRecord(null, [new SourceRef("the army", null, true)], null) };
        var anonymous = Event("e2", "ACCUSE", "VEN", "GUY", D) with { Attribution = new AttributionRecord(null, [new SourceRef("an official", 1, false)], null) };
        s.Write([Article("Sourced.", D, "Wire", named, anonymous)]);
        Assert.Equal("ASSAULT", Assert.Single(s.Events(new EventQuery { NamedSourcesOnly = true })).EventType);
    }

    [Fact]
    public void UndatedEventsAreStoredButNeverMergedOrCountedInDyads()
    {
        using var s = Open(NewDatabase());
        s.Write([Article("Undated.", D, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", null), Event("e2", "ASSAULT", "VEN", "GUY", null))]);
        Assert.Equal(2, s.Counts().Events);
        Assert.Empty(s.DyadReports("VEN", "GUY"));
    }

    [Fact]
    public void AStoreOpenedWithoutARuleRefusesWrites()
    {
        using var s = EventStore.Open(NewDatabase());
        Assert.Throws<InvalidOperationException>(() => s.Write([]));
    }

    [Fact]
    public void GroupCodesAreDyadPartiesBesideTheirCountry()
    {
        using var s = Open(NewDatabase());
        var e = Event("e1", "ASSAULT", "PSE", "ISR", D) with { Actor = [new ActorMention("Hamas", 0, 5) { Country = "PSE", Sector = "REB", Code = "HAMAS" }] };
        s.Write([Article("Group.", D, "Wire", e)]);
        Assert.Single(s.DyadReports("HAMAS", "ISR"));
        Assert.Single(s.DyadReports("PSE", "ISR"));
        Assert.Empty(s.DyadReports("PSEREB", "ISR"));
    }

    [Fact]
    public void ArticlesAreFoundByTheirContentHash()
    {
        using var s = Open(NewDatabase());
        var a = Article("Findable text.", D, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", D));
        s.Write([a]);
        Assert.Equal(s.ArticleIds().Single(), s.ArticleIdByHash(a.ContentHash));
        Assert.Null(s.ArticleIdByHash(EventStore.ContentHash("Never stored.")));
    }

    private sealed class ThrowingRule : IMergeRule
    {
        public int WindowDays => 0;
        public (DateOnly First, DateOnly Last)? DaysOf(ReportFacts report) => report.Start is { } d ? (d, d) : null;
        public IReadOnlyList<string> EventKeysOf(IReadOnlyList<ReportFacts> reports, IReadOnlyList<ReportFacts> neighbours) => throw new InvalidOperationException("rule failed");
    }

    [Fact]
    public void ACrisisListIsReplacedWholeAndReadForADyadInEitherDirection()
    {
        var db = NewDatabase();
        StoredCrisis[] list =
        [
            new(new DateOnly(2024, 4, 13), "IRN", "ISR", true, "Iranian strikes against Israel", "https://example.org/a"),
            new(new DateOnly(2024, 4, 1), "ISR", "IRN", true, "Consulate strike", "https://example.org/b"),
            new(new DateOnly(2022, 2, 24), "RUS", "UKR", true, "Invasion", "https://example.org/c"),
            new(new DateOnly(2025, 6, 24), "ISR", "IRN", false, "Ceasefire", "https://example.org/d"),
        ];
        using (var s = Open(db))
        {
            Assert.Empty(s.Crises());
            Assert.Equal(0, s.ReplaceCrises(list));
            // Loading the same list again leaves the same rows.
            Assert.Equal(4, s.ReplaceCrises(list));
        }
        using (var s = EventStore.Open(db, options: new StoreOptions { ReadOnly = true }))
        {
            Assert.Equal(list.OrderBy(c => c.Onset), s.Crises());
            Assert.Equal([new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 13), new DateOnly(2025, 6, 24)], s.Crises("ISR", "IRN").Select(c => c.Onset));
            Assert.Equal(s.Crises("ISR", "IRN"), s.Crises("IRN", "ISR"));
            Assert.False(s.Crises("ISR", "IRN")[^1].Escalation);
            Assert.Empty(s.Crises("RUS", "GEO"));
            Assert.Throws<StoreException>(() => s.ReplaceCrises(list));
        }
        using (var s = Open(db))
        {
            // A corrected file replaces the old list instead of adding to it.
            Assert.Equal(4, s.ReplaceCrises([list[2]]));
            Assert.Equal([list[2]], s.Crises());
        }
    }
}
