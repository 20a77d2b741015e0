using Npgsql;
using static Brink.Store.Tests.Reports;

namespace Brink.Store.Tests;

/// <summary>PostgreSQL's month layout of the report tables (brink partition): where rows land, deletes across months, converting a store.</summary>
[Trait("Backend", "postgres")]
public sealed class PostgresPartitionTests : IDisposable
{
    private readonly List<string> _schemas = [];
    private static readonly DateOnly March = new(2027, 3, 4), April = new(2027, 4, 30);

    public void Dispose() => PostgresStoreTests.DropSchemas(_schemas);

    [Fact]
    public void EachReportLandsInItsMonthsPartitionWithItsActorsAndDyadRows()
    {
        var db = PostgresStoreTests.NewSchema(PostgresStoreTests.Server, _schemas);
        using (var s = Partitioned(db))
        {
            s.Write([Article("March and undated.", March, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", March), Event("e2", "ACCUSE", "VEN", "GUY", null))]);
            s.Write([Article("April.", April, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", April))]);
        }
        Assert.Equal(["reports_m0 0", "reports_m202703 202703", "reports_m202704 202704"],
            Lines(db, "SELECT tableoid::regclass::text || ' ' || (id >> 40) FROM reports"));
        Assert.Equal(["report_actors_m0", "report_actors_m202703", "report_actors_m202704"],
            Lines(db, "SELECT DISTINCT tableoid::regclass::text FROM report_actors"));
        Assert.Equal(["dyad_reports_m202703 2027-03-04", "dyad_reports_m202704 2027-04-30"],
            Lines(db, "SELECT tableoid::regclass::text || ' ' || day FROM dyad_reports"));
    }

    [Fact]
    public void DeletingAnArticleEmptiesItsRowsInEveryMonth()
    {
        var db = PostgresStoreTests.NewSchema(PostgresStoreTests.Server, _schemas);
        using var s = Partitioned(db);
        s.Write([Article("Two months.", March, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", March), Event("e2", "ASSAULT", "VEN", "GUY", April))]);
        s.Write([Article("Kept.", April, "Wire", Event("e1", "ACCUSE", "GUY", "VEN", April))]);
        Assert.True(s.DeleteArticle(s.ArticleIds().Min()));
        Assert.Equal(new StoreCounts(1, 1, 1, 1), s.Counts());
        Assert.Equal(["report_actors_m202704 2", "reports_m202704 1"],
            Lines(db, "SELECT tableoid::regclass::text || ' ' || COUNT(*) FROM report_actors GROUP BY tableoid UNION ALL SELECT tableoid::regclass::text || ' ' || COUNT(*) FROM reports GROUP BY tableoid"));
    }

    [Fact]
    public void ConvertingAStoreMovesEachReportToItsMonthAndKeepsItsNumberAndContent()
    {
        var db = PostgresStoreTests.NewSchema(PostgresStoreTests.Server, _schemas);
        using var s = EventStore.Open(db, new SameDayRule());
        s.Write([Article("March and undated.", March, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", March), Event("e2", "ACCUSE", "VEN", "GUY", null))]);
        s.Write([Article("April.", April, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", April))]);
        var before = Lines(db, "SELECT record_id || ' ' || id || ' ' || (SELECT COUNT(*) FROM report_actors ra WHERE ra.report_id = r.id) FROM reports r");
        string digest = s.Digest();
        Assert.True(s.PartitionByMonth());
        Assert.False(s.PartitionByMonth());
        Assert.Equal(digest, s.Digest());
        // Each report keeps its number below its month, and its actor rows.
        Assert.Equal(before, Lines(db, "SELECT record_id || ' ' || (id & ((1::bigint << 40) - 1)) || ' ' || (SELECT COUNT(*) FROM report_actors ra WHERE ra.report_id = r.id) FROM reports r"));
        Assert.Equal(["reports_m0 0", "reports_m202703 202703", "reports_m202704 202704"],
            Lines(db, "SELECT tableoid::regclass::text || ' ' || (id >> 40) FROM reports"));
        Assert.Equal(["2027-03-04 e1", "2027-04-30 e1"], Lines(db, "SELECT d.day || ' ' || r.record_id FROM dyad_reports d JOIN reports r ON r.id = d.report_id"));
        // New reports are numbered after the old ones, in their own month, by this connection and by a new one.
        s.Write([Article("After the conversion.", March, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", March))]);
        using (var again = EventStore.Open(db, new SameDayRule()))
            again.Write([Article("Later still.", April, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", April))]);
        Assert.Equal(["202703 4", "202704 5"], Lines(db, "SELECT (id >> 40) || ' ' || (id & ((1::bigint << 40) - 1)) FROM reports WHERE article_id > 2"));
    }

    [Fact]
    public void ASqliteStoreIsNotPartitioned()
    {
        var path = Path.Combine(Path.GetTempPath(), $"brink-{Guid.NewGuid():N}.db");
        try
        {
            using var s = EventStore.Open(path, new SameDayRule());
            Assert.Contains("only PostgreSQL", Assert.Throws<StoreException>(() => s.PartitionByMonth()).Message);
        }
        finally { Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); File.Delete(path); }
    }

    private static EventStore Partitioned(string db)
    {
        var s = EventStore.Open(db, new SameDayRule());
        s.PartitionByMonth();
        return s;
    }

    private static List<string> Lines(string db, string sql)
    {
        using var c = new NpgsqlConnection(db);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        using var r = cmd.ExecuteReader();
        var lines = new List<string>();
        while (r.Read()) lines.Add(Convert.ToString(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
