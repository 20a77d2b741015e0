namespace Brink.Store.Schema;

/// <summary>
/// The month layout of a PostgreSQL store (<c>brink partition</c>, opt-in): <c>reports</c>, <c>report_actors</c> and
/// <c>dyad_reports</c> partitioned by the month of the report's date, so each month's rows and indexes stay apart (old months
/// can be vacuumed, archived or dropped on their own). Opt-in because the write path looks reports up by event key and
/// merge group, not by month: every such lookup visits every month, and on a 38-month store writes ran at a quarter of
/// the rate of the one-table layout (docs/scale-out.md).
/// </summary>
/// <remarks>
/// PostgreSQL wants the partition key in every primary key, and <c>reports.id</c> is what the other two tables reference
/// (with cascading deletes). The month is therefore carried in the id itself: a report's id is <c>yyyymm · 2^40 + n</c>
/// (n from the sequence <c>report_numbers</c>; month 0 holds undated reports), and every table is partitioned by
/// range of that id. Keys, references and every query stay as they were, and a lookup by id reaches one partition.
/// The unique (article, record) constraint cannot span partitions; the writer already stores each record once.
/// Partitions are made when a month is first written (<see cref="Backends.PostgresDialect.PrepareMonths"/>), before the
/// writing transaction, by <c>brink_month_partitions(month)</c>. The sequence <c>report_numbers</c> marks a partitioned store.
/// </remarks>
internal static class MonthPartitions
{
    /// <summary>Bits below the month in a report id.</summary>
    public const int MonthShift = 40;

    /// <summary>The partition key of a report dated <paramref name="day"/>: yyyymm, or 0 when undated.</summary>
    public static int Month(DateOnly? day) => day is { } d ? d.Year * 100 + d.Month : 0;

    // The old rows keep their numbers under their month; dates are stored as yyyy-MM-dd (Sql.Day), so the month is read
    // from the text as Month() reads it from the date.
    private const string OldMonthOf = "(CASE WHEN r.date_start IS NULL THEN 0 ELSE substr(r.date_start, 1, 4)::integer * 100 + substr(r.date_start, 6, 2)::integer END)";
    private static readonly string OldMonth = $"({OldMonthOf}::bigint << {MonthShift})";

    /// <summary>Converts a store of the one-table layout (run once, in one transaction, with no writer running).</summary>
    public static readonly string Convert = $"""
        ALTER TABLE dyad_reports RENAME TO dyad_reports_old;
        ALTER TABLE report_actors RENAME TO report_actors_old;
        ALTER TABLE reports RENAME TO reports_old;
        CREATE TABLE reports (LIKE reports_old) PARTITION BY RANGE (id);
        CREATE TABLE report_actors (LIKE report_actors_old) PARTITION BY RANGE (report_id);
        CREATE TABLE dyad_reports (LIKE dyad_reports_old) PARTITION BY RANGE (report_id);
        CREATE SEQUENCE report_numbers;
        SELECT setval('report_numbers', (SELECT COALESCE(MAX(id), 0) + 1 FROM reports_old), false);
        CREATE FUNCTION brink_month_partitions(m integer) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE lo bigint := m::bigint << {MonthShift}; hi bigint := (m::bigint + 1) << {MonthShift};
        BEGIN
            PERFORM pg_advisory_xact_lock(hashtextextended('brink-partitions', 0));
            IF to_regclass('reports_m' || m) IS NULL THEN
                EXECUTE format('CREATE TABLE reports_m%s PARTITION OF reports FOR VALUES FROM (%s) TO (%s)', m, lo, hi);
                EXECUTE format('CREATE TABLE report_actors_m%s PARTITION OF report_actors FOR VALUES FROM (%s) TO (%s)', m, lo, hi);
                EXECUTE format('CREATE TABLE dyad_reports_m%s PARTITION OF dyad_reports FOR VALUES FROM (%s) TO (%s)', m, lo, hi);
            END IF;
        END $$;
        SELECT brink_month_partitions(0);
        SELECT brink_month_partitions(m) FROM (SELECT DISTINCT {OldMonthOf} AS m FROM reports_old r) months;
        INSERT INTO reports SELECT r.id + {OldMonth}, r.article_id, r.record_id, r.sentence_index, r.sentence_start, r.sentence_end,
            r.trigger_start, r.trigger_end, r.event_type, r.mode, r.cameo, r.quad, r.score, r.date_start, r.date_end, r.date_precision,
            r.modality, r.location_country, r.actor_key, r.recipient_key, r.speaker_named, r.sources_named, r.sources_unnamed,
            r.confidence, r.event_key, r.coder_version, r.record_json, r.trigger_text
            FROM reports_old r;
        INSERT INTO report_actors SELECT ra.report_id + {OldMonth}, ra.role, ra.position, ra.text, ra.name, ra.code, ra.country,
            ra.sector, ra.office, ra.span_start, ra.span_end
            FROM report_actors_old ra JOIN reports_old r ON r.id = ra.report_id;
        INSERT INTO dyad_reports SELECT d.actor, d.recipient, d.day, d.report_id + {OldMonth}
            FROM dyad_reports_old d JOIN reports_old r ON r.id = d.report_id;
        DROP TABLE dyad_reports_old, report_actors_old, reports_old;
        ALTER TABLE reports ADD PRIMARY KEY (id);
        ALTER TABLE reports ADD FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE;
        CREATE INDEX reports_article ON reports (article_id, record_id);
        CREATE INDEX reports_event ON reports (event_key);
        CREATE INDEX reports_group ON reports (event_type, actor_key, date_start);
        CREATE INDEX reports_group_precision ON reports (event_type, actor_key, date_precision, date_start);
        CREATE INDEX reports_modality ON reports (modality, event_key);
        ALTER TABLE report_actors ADD PRIMARY KEY (report_id, role, position);
        ALTER TABLE report_actors ADD FOREIGN KEY (report_id) REFERENCES reports (id) ON DELETE CASCADE;
        CREATE INDEX report_actors_country_role ON report_actors (country, role);
        CREATE INDEX report_actors_code_role ON report_actors (code, role);
        ALTER TABLE dyad_reports ADD PRIMARY KEY (actor, recipient, day, report_id);
        ALTER TABLE dyad_reports ADD FOREIGN KEY (report_id) REFERENCES reports (id) ON DELETE CASCADE;
        CREATE INDEX dyad_reports_report ON dyad_reports (report_id);
        CREATE INDEX dyad_reports_day ON dyad_reports (day);
        ANALYZE reports, report_actors, dyad_reports
        """;
}
