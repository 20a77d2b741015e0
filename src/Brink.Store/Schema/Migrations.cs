using Brink.Store.Backends;

namespace Brink.Store.Schema;

/// <summary>
/// The store's versioned schema. Each step runs once, in its own transaction, when a store is opened;
/// steps are only ever appended, never edited, so every existing database can be brought forward.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<string> Steps(Dialect d) =>
    [
        $"""
        CREATE TABLE articles (
            id {d.IdColumn},
            source_key TEXT NOT NULL,
            revision INTEGER NOT NULL,
            superseded INTEGER NOT NULL DEFAULT 0,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT, published TEXT, outlet TEXT, url TEXT,
            text TEXT NOT NULL,
            coder_version TEXT NOT NULL,
            ingested_at TEXT NOT NULL);
        CREATE INDEX articles_source ON articles (source_key, revision);
        CREATE TABLE reports (
            id {d.IdColumn},
            article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            record_id TEXT NOT NULL,
            sentence_index INTEGER NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
            trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
            event_type TEXT NOT NULL, mode TEXT, cameo TEXT, quad TEXT, score {d.RealType},
            date_start TEXT, date_end TEXT, date_precision TEXT NOT NULL,
            modality TEXT NOT NULL, location_country TEXT,
            actor_key TEXT NOT NULL, recipient_key TEXT NOT NULL,
            speaker_named INTEGER NOT NULL, sources_named INTEGER NOT NULL, sources_unnamed INTEGER NOT NULL,
            confidence {d.RealType} NOT NULL,
            event_key TEXT NOT NULL,
            coder_version TEXT NOT NULL,
            record_json TEXT NOT NULL,
            UNIQUE (article_id, record_id));
        CREATE INDEX reports_event ON reports (event_key);
        CREATE INDEX reports_group ON reports (event_type, actor_key, date_start);
        CREATE TABLE report_actors (
            report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            role TEXT NOT NULL, position INTEGER NOT NULL,
            text TEXT NOT NULL, name TEXT, code TEXT, country TEXT, sector TEXT, office TEXT,
            span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            PRIMARY KEY (report_id, role, position));
        CREATE INDEX report_actors_code ON report_actors (code);
        CREATE INDEX report_actors_country ON report_actors (country);
        CREATE TABLE dyad_reports (
            actor TEXT NOT NULL, recipient TEXT NOT NULL, day TEXT NOT NULL,
            report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            PRIMARY KEY (actor, recipient, day, report_id));
        CREATE INDEX dyad_reports_report ON dyad_reports (report_id);
        CREATE TABLE events (
            event_key TEXT PRIMARY KEY,
            event_type TEXT NOT NULL, actor_key TEXT NOT NULL, recipient_key TEXT NOT NULL,
            date_start TEXT, date_end TEXT, date_precision TEXT NOT NULL, location_country TEXT,
            report_count INTEGER NOT NULL, article_count INTEGER NOT NULL, outlet_count INTEGER NOT NULL);
        CREATE INDEX events_date ON events (date_start);
        """,
        // 2: party and modality filters read these instead of probing every event's reports.
        """
        DROP INDEX report_actors_code;
        DROP INDEX report_actors_country;
        CREATE INDEX report_actors_country_role ON report_actors (country, role);
        CREATE INDEX report_actors_code_role ON report_actors (code, role);
        CREATE INDEX reports_modality ON reports (modality, event_key);
        CREATE INDEX dyad_reports_day ON dyad_reports (day);
        """,
        // 3: the trigger's words on the report itself, so dyad series never read article texts.
        """
        ALTER TABLE reports ADD COLUMN trigger_text TEXT;
        """,
        // 4: the parties (countries and group codes) on each side of every event, kept with the event's counts,
        // so filtering events by party reads one index instead of joining reports and actors.
        """
        CREATE TABLE event_parties (
            party TEXT NOT NULL, role TEXT NOT NULL, event_key TEXT NOT NULL,
            PRIMARY KEY (party, role, event_key));
        CREATE INDEX event_parties_event ON event_parties (event_key);
        INSERT INTO event_parties (party, role, event_key)
            SELECT ra.country, ra.role, r.event_key FROM report_actors ra JOIN reports r ON r.id = ra.report_id WHERE ra.country IS NOT NULL
            UNION SELECT ra.code, ra.role, r.event_key FROM report_actors ra JOIN reports r ON r.id = ra.report_id WHERE ra.code IS NOT NULL;
        """,
        // 5: how many of an event's reports name their source or speaker, for the sourcing filter.
        """
        ALTER TABLE events ADD COLUMN named_reports INTEGER NOT NULL DEFAULT 0;
        UPDATE events SET named_reports = (SELECT COUNT(*) FROM reports r WHERE r.event_key = events.event_key AND (r.speaker_named = 1 OR r.sources_named > 0));
        CREATE INDEX events_named ON events (named_reports, date_start);
        """,
        // 6: merging reads a group's span-dated reports near a change without scanning its day-dated ones.
        """
        CREATE INDEX reports_group_precision ON reports (event_type, actor_key, date_precision, date_start);
        """,
        // 7: each directed dyad's report count and date range, kept on write, so the busiest dyads are listed without
        // grouping every dyad row (a cold scan of 1M rows took seconds).
        """
        CREATE TABLE dyads (
            actor TEXT NOT NULL, recipient TEXT NOT NULL, report_count BIGINT NOT NULL, first_day TEXT NOT NULL, last_day TEXT NOT NULL,
            PRIMARY KEY (actor, recipient));
        INSERT INTO dyads (actor, recipient, report_count, first_day, last_day)
            SELECT actor, recipient, COUNT(*), MIN(day), MAX(day) FROM dyad_reports GROUP BY actor, recipient;
        """,
        // 8: the day table (DayTableUpdater): each dated event's digest (weight, description) per dyad, and each dyad's daily
        // sums, so a series reads a row per day instead of every report of its range and history. Digests are Analysis's rule,
        // so SQL cannot backfill them: every event starts stale, and the first writer that knows the rule (brink ingest, serve,
        // bench store) fills the table; until then series are built from reports as before.
        $"""
        CREATE TABLE dyad_events (
            actor TEXT NOT NULL, recipient TEXT NOT NULL, day TEXT NOT NULL, event_key TEXT NOT NULL,
            event_type TEXT NOT NULL, quad TEXT, score {d.RealType}, weight {d.RealType} NOT NULL,
            reports INTEGER NOT NULL, articles INTEGER NOT NULL, outlets TEXT NOT NULL, modality TEXT NOT NULL, description TEXT NOT NULL,
            PRIMARY KEY (actor, recipient, day, event_key));
        CREATE INDEX dyad_events_event ON dyad_events (event_key);
        CREATE TABLE dyad_days (
            actor TEXT NOT NULL, recipient TEXT NOT NULL, day TEXT NOT NULL,
            events INTEGER NOT NULL, weight {d.RealType} NOT NULL, score_sum {d.RealType} NOT NULL,
            type_counts TEXT NOT NULL, quad_counts TEXT NOT NULL,
            PRIMARY KEY (actor, recipient, day));
        CREATE TABLE stale_events (event_key TEXT PRIMARY KEY);
        INSERT INTO stale_events (event_key) SELECT event_key FROM events;
        """,
        // 9: known crisis onsets (brink crises load), marked on charts and read by backtests; a list the user loads, not coded.
        """
        CREATE TABLE crises (
            onset TEXT NOT NULL, side_a TEXT NOT NULL, side_b TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, source TEXT NOT NULL,
            PRIMARY KEY (onset, side_a, side_b, kind));
        CREATE INDEX crises_sides ON crises (side_a, side_b);
        """,
        // 10: an event's description (in the day table) comes from its first report by article content hash, no longer by the
        // order reports were stored, so several workers writing at once give the day rows one process would: weighed again.
        """
        INSERT INTO stale_events (event_key) SELECT event_key FROM events WHERE event_key NOT IN (SELECT event_key FROM stale_events);
        """,
    ];

    /// <summary>Brings the database up to the newest schema; refuses one written by a newer Brink.</summary>
    /// <summary>Whether the store has every step (read without writing; a store newer than this Brink is an error).</summary>
    public static bool IsCurrent(System.Data.Common.DbConnection c, Dialect d, string display)
    {
        long tables = Sql.Scalar(c, null, d is PostgresDialect
            ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
        if (tables == 0) return false;
        long current = Sql.Scalar(c, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        int known = Steps(d).Count;
        if (current > known)
            throw new StoreException($"Database {display} has schema version {current}, newer than this Brink knows ({known}); upgrade Brink.");
        return current == known;
    }

    public static void Apply(System.Data.Common.DbConnection c, Dialect d, string display)
    {
        // Under the schema lock: two workers opening a new PostgreSQL database at once both ran CREATE TABLE IF NOT EXISTS,
        // and one failed on a duplicate catalogue key (pg_type_typname_nsp_index).
        using (var tx = d.Begin(c))
        {
            d.LockGroup(c, tx, "brink-schema");
            Sql.Exec(c, tx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
            tx.Commit();
        }
        var steps = Steps(d);
        long current = Sql.Scalar(c, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        if (current > steps.Count)
            throw new StoreException($"Database {display} has schema version {current}, newer than this Brink knows ({steps.Count}); upgrade Brink.");
        for (int v = (int)current + 1; v <= steps.Count; v++)
        {
            using var tx = d.Begin(c);
            d.LockGroup(c, tx, "brink-schema");
            // Re-check inside the write lock: another process may have migrated since we looked.
            if (Sql.Scalar(c, tx, "SELECT COALESCE(MAX(version), 0) FROM schema_version") >= v) { tx.Commit(); continue; }
            foreach (var statement in Statements(steps[v - 1]))
            {
                using var cmd = Sql.Command(c, tx, statement);
                // A backfill over a large store can take minutes; the provider's 30-second default would abort it.
                cmd.CommandTimeout = 0;
                cmd.ExecuteNonQuery();
            }
            Sql.Exec(c, tx, "INSERT INTO schema_version (version, applied_at) VALUES (@p0, @p1)", v, DateTime.UtcNow.ToString("O"));
            tx.Commit();
        }
    }

    /// <summary>A step's statements: split at semicolons, except inside $$-quoted function bodies.</summary>
    internal static IEnumerable<string> Statements(string step)
    {
        // Between two $$ (odd-numbered pieces) the text is a body and stays whole.
        var pieces = step.Split("$$");
        var statement = new System.Text.StringBuilder();
        for (int i = 0; i < pieces.Length; i++)
        {
            if (i % 2 == 1) { statement.Append("$$").Append(pieces[i]).Append("$$"); continue; }
            var parts = pieces[i].Split(';');
            for (int j = 0; j < parts.Length; j++)
            {
                statement.Append(parts[j]);
                if (j == parts.Length - 1) break;
                if (statement.ToString().Trim() is { Length: > 0 } s) yield return s;
                statement.Clear();
            }
        }
        if (statement.ToString().Trim() is { Length: > 0 } last) yield return last;
    }
}
