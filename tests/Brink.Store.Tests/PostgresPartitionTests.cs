using Brink.Store.Backends;
using Brink.Store.Schema;
using Npgsql;
using static Brink.Store.Tests.Reports;

namespace Brink.Store.Tests;

/// <summary>PostgreSQL's month partitions of the report tables (schema 11): where rows land, deletes across them, the migration.</summary>
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
        using (var s = EventStore.Open(db, new SameDayRule()))
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
        using var s = EventStore.Open(db, new SameDayRule());
        s.Write([Article("Two months.", March, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", March), Event("e2", "ASSAULT", "VEN", "GUY", April))]);
        s.Write([Article("Kept.", April, "Wire", Event("e1", "ACCUSE", "GUY", "VEN", April))]);
        Assert.True(s.DeleteArticle(s.ArticleIds().Min()));
        Assert.Equal(new StoreCounts(1, 1, 1, 1), s.Counts());
        Assert.Equal(["report_actors_m202704 2", "reports_m202704 1"],
            Lines(db, "SELECT tableoid::regclass::text || ' ' || COUNT(*) FROM report_actors GROUP BY tableoid UNION ALL SELECT tableoid::regclass::text || ' ' || COUNT(*) FROM reports GROUP BY tableoid"));
    }

    [Fact]
    public void MigratingAStoreMovesEachReportToItsMonthAndKeepsItsNumberAndRows()
    {
        var db = PostgresStoreTests.NewSchema(PostgresStoreTests.Server, _schemas);
        using (var c = new NpgsqlConnection(db))
        {
            // A store at schema 10 with three reports: two months and one undated, numbered 5, 6, 7.
            c.Open();
            Exec(c, "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
            var steps = Migrations.Steps(new PostgresDialect(db));
            for (int v = 1; v <= 10; v++)
            {
                foreach (var statement in Migrations.Statements(steps[v - 1])) Exec(c, statement);
                Exec(c, $"INSERT INTO schema_version VALUES ({v}, 'test')");
            }
            Exec(c, "INSERT INTO articles (source_key, revision, content_hash, text, coder_version, ingested_at, outlet) VALUES ('a', 1, 'h', 'Text.', 'old', 'now', 'Wire')");
            foreach (var (id, day) in new[] { (5, "'2027-03-04'"), (6, "'2027-04-30'"), (7, "NULL") })
            {
                Exec(c, "INSERT INTO reports (id, article_id, record_id, sentence_index, sentence_start, sentence_end, trigger_start, trigger_end, " +
                    "event_type, date_start, date_end, date_precision, modality, actor_key, recipient_key, speaker_named, sources_named, sources_unnamed, " +
                    $"confidence, event_key, coder_version, record_json, trigger_text) VALUES ({id}, 1, 'r{id}', 0, 0, 5, 0, 4, 'ASSAULT', {day}, {day}, " +
                    $"'day', 'asserted', 'VEN', 'GUY', 0, 0, 0, 0.8, 'k{id}', 'old', '{{}}', 'Text')");
                Exec(c, $"INSERT INTO report_actors VALUES ({id}, 'actor', 0, 'Venezuela', NULL, 'VENGOV', 'VEN', 'GOV', NULL, 0, 9)");
                if (day != "NULL") Exec(c, $"INSERT INTO dyad_reports VALUES ('VEN', 'GUY', {day}, {id})");
            }
        }
        using var s = EventStore.Open(db, new SameDayRule());
        Assert.Equal(["reports_m0 0 7 r7 1", "reports_m202703 202703 5 r5 1", "reports_m202704 202704 6 r6 1"],
            Lines(db, "SELECT r.tableoid::regclass::text || ' ' || (r.id >> 40) || ' ' || (r.id & ((1::bigint << 40) - 1)) || ' ' || r.record_id || ' ' || " +
                "(SELECT COUNT(*) FROM report_actors ra WHERE ra.report_id = r.id) FROM reports r"));
        Assert.Equal(["2027-03-04 r5", "2027-04-30 r6"], Lines(db, "SELECT d.day || ' ' || r.record_id FROM dyad_reports d JOIN reports r ON r.id = d.report_id"));
        // New reports are numbered after the old ones, in their own month.
        s.Write([Article("After the migration.", March, "Wire", Event("e1", "ASSAULT", "VEN", "GUY", March))]);
        Assert.Equal(["8"], Lines(db, "SELECT id & ((1::bigint << 40) - 1) FROM reports WHERE article_id <> 1"));
    }

    private static void Exec(NpgsqlConnection c, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
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
