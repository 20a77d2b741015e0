using System.Data.Common;
using Brink.Store.Backends;
using Brink.Store.Merging;

namespace Brink.Store.Writing;

/// <summary>Writes one article with its reports, actors and dyad rows inside the caller's transaction.</summary>
internal static class ArticleWriter
{
    public enum Outcome { New, Duplicate, Revision }

    /// <summary>Stores the article unless its text is already stored; returns the reports added and those its older revision gave up.</summary>
    public static Outcome Write(Dialect d, DbConnection c, DbTransaction tx, ArticleRecord coded, ChangeSet changes)
    {
        if (Sql.Scalar(c, tx, "SELECT COUNT(*) FROM articles WHERE content_hash = @p0", coded.ContentHash) > 0) return Outcome.Duplicate;
        var a = coded;
        string sourceKey = a.Url ?? a.Id;
        long lastRevision = Sql.Scalar(c, tx, "SELECT COALESCE(MAX(revision), 0) FROM articles WHERE source_key = @p0", sourceKey);
        if (lastRevision > 0)
        {
            // A changed text under the same URL or id is a new revision; the old text stays, its reports give way to the new ones.
            foreach (var id in Ids(c, tx, "SELECT id FROM articles WHERE source_key = @p0 AND superseded = 0", sourceKey))
                RemoveReports(c, tx, id, changes);
            Sql.Exec(c, tx, "UPDATE articles SET superseded = 1 WHERE source_key = @p0", sourceKey);
        }
        long articleId = Sql.Scalar(c, tx,
            "INSERT INTO articles (source_key, revision, content_hash, title, published, outlet, url, text, coder_version, ingested_at) " +
            "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9) RETURNING id",
            sourceKey, lastRevision + 1, coded.ContentHash, a.Title, a.Published, a.Outlet, a.Url, coded.Text, coded.CoderVersion,
            DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"));
        InsertReports(d, c, tx, articleId, coded.Reports, coded.CoderVersion, changes);
        return lastRevision > 0 ? Outcome.Revision : Outcome.New;
    }

    public static void InsertReports(Dialect d, DbConnection c, DbTransaction tx, long articleId, IReadOnlyList<ReportRecord> reports, string coderVersion, ChangeSet changes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = reports.Where(e => seen.Add(e.RecordId)).ToList();
        if (unique.Count == 0) return;
        // Where reports are partitioned by month, the id carries the month (MonthPartitions); elsewhere the database numbers them.
        var newIds = d.NewReportIds(c, tx, unique.Select(e => e.Date).ToList());
        var rows = new List<object?[]>(unique.Count);
        for (int i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            object?[] id = newIds is null ? [] : [newIds[i]];
            rows.Add([.. id, articleId, e.RecordId, e.SentenceIndex, e.SentenceStart, e.SentenceEnd, e.TriggerStart, e.TriggerEnd,
                e.EventType, e.Mode, e.Cameo, e.Quad, e.Score, e.Date, e.DateEnd ?? e.Date, e.DatePrecision,
                e.Modality, e.LocationCountry, e.ActorKey, e.RecipientKey,
                e.SpeakerNamed, e.SourcesNamed, e.SourcesUnnamed, e.Confidence, "", coderVersion, e.Json, e.TriggerText]);
        }
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        MultiRow.Returning(c, tx,
            $"INSERT INTO reports ({(newIds is null ? "" : "id, ")}article_id, record_id, sentence_index, sentence_start, sentence_end, trigger_start, trigger_end, " +
            "event_type, mode, cameo, quad, score, date_start, date_end, date_precision, modality, location_country, actor_key, recipient_key, " +
            "speaker_named, sources_named, sources_unnamed, confidence, event_key, coder_version, record_json, trigger_text)",
            rows, "id, record_id", r => ids[(string)r[1]!] = Sql.Long(r[0]));
        var actors = new List<object?[]>();
        var dyads = new List<object?[]>();
        foreach (var e in unique)
        {
            long reportId = ids[e.RecordId];
            AddActors(actors, reportId, "actor", e.Actors);
            AddActors(actors, reportId, "recipient", e.Recipients);
            if (e.Date is { } day)
                foreach (var (actor, recipient) in e.Dyads) dyads.Add([actor, recipient, day, reportId]);
            changes.Added.Add(new ReportFacts(reportId, e.EventType, e.ActorKey, e.RecipientKey, e.Date, e.DateEnd ?? e.Date, e.DatePrecision, e.LocationCountry));
        }
        MultiRow.Execute(c, tx, "INSERT INTO report_actors (report_id, role, position, text, name, code, country, sector, office, span_start, span_end)", actors);
        MultiRow.Execute(c, tx, "INSERT INTO dyad_reports (actor, recipient, day, report_id)", dyads);
        changes.DyadRows.AddRange(dyads);
    }

    /// <summary>Deletes an article's reports (their actors and dyad rows go with them), noting what they were for re-merging.</summary>
    public static void RemoveReports(DbConnection c, DbTransaction tx, long articleId, ChangeSet changes)
    {
        changes.Removed.AddRange(ReportReader.Facts(c, tx, "WHERE article_id = @p0", articleId));
        using (var cmd = Sql.Command(c, tx, "SELECT DISTINCT event_key FROM reports WHERE article_id = @p0", articleId))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) changes.StaleEvents.Add(r.GetString(0));
        var dyads = DyadTotals.OfArticle(c, tx, articleId);
        Sql.Exec(c, tx, "DELETE FROM reports WHERE article_id = @p0", articleId);
        DyadTotals.Remove(c, tx, dyads);
    }

    private static void AddActors(List<object?[]> rows, long reportId, string role, IReadOnlyList<ActorRecord> actors)
    {
        for (int i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            rows.Add([reportId, role, i, a.Text, a.Name, a.Code, a.Country, a.Sector, a.Office, a.Start, a.End]);
        }
    }

    private static List<long> Ids(DbConnection c, DbTransaction tx, string sql, params object?[] args)
    {
        var ids = new List<long>();
        using var cmd = Sql.Command(c, tx, sql, args);
        using var r = cmd.ExecuteReader();
        while (r.Read()) ids.Add(Sql.ReadLong(r, 0));
        return ids;
    }
}
