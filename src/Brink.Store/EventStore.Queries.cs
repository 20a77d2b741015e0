using System.Data.Common;
using System.Text;
using Brink.Store.Backends;

namespace Brink.Store;

public sealed partial class EventStore
{
    /// <summary>Every report of events from <paramref name="actor"/> to <paramref name="recipient"/> dated within [from, to].</summary>
    public IReadOnlyList<DyadReport> DyadReports(string actor, string recipient, DateOnly? from = null, DateOnly? to = null) => Guard(() =>
    {
        var list = new List<DyadReport>();
        // dyad_reports.day is the report's own date; the merged event's date can differ by the merge window, so the range is widened here and cut below.
        var lo = from?.AddDays(-62) ?? DateOnly.MinValue;
        var hi = to?.AddDays(62) ?? DateOnly.MaxValue;
        Sql.Rows(_connection, null,
            $"SELECT {DyadReportRows.Columns("e.date_start")} FROM reports r JOIN events e ON e.event_key = r.event_key JOIN articles a ON a.id = r.article_id " +
            // Every report of the dyad's events counts, also those that merged in without naming both sides.
            "WHERE r.event_key IN (SELECT r2.event_key FROM dyad_reports d JOIN reports r2 ON r2.id = d.report_id " +
            "WHERE d.actor = @p0 AND d.recipient = @p1 AND d.day >= @p2 AND d.day <= @p3) ORDER BY e.date_start, r.id",
            [actor, recipient, lo, hi],
            row =>
            {
                if (DyadReportRows.Read(row) is { } report && (from is not { } f || report.Day >= f) && (to is not { } t || report.Day <= t)) list.Add(report);
            });
        return (IReadOnlyList<DyadReport>)list;
    });

    /// <summary>Every party (country or actor code) the stored events have on <paramref name="role"/>'s side ("actor" or "recipient").</summary>
    public IReadOnlyList<string> Parties(string role) => Guard(() =>
    {
        var list = new List<string>();
        // The primary key (party, role, event_key) lets this walk the index, one step per distinct party.
        using var cmd = Sql.Command(_connection, null, "SELECT DISTINCT party FROM event_parties WHERE role = @p0 ORDER BY party", role);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(r.GetString(0));
        return (IReadOnlyList<string>)list;
    });

    /// <summary>The directed dyads in the store, most reported first.</summary>
    public IReadOnlyList<DyadSummary> Dyads(int limit = 100) => Guard(() =>
    {
        var list = new List<DyadSummary>();
        using var cmd = Sql.Command(_connection, null,
            "SELECT actor, recipient, report_count, first_day, last_day FROM dyads ORDER BY report_count DESC, actor, recipient LIMIT @p0", limit);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new DyadSummary(r.GetString(0), r.GetString(1), Sql.ReadLong(r, 2), Sql.ReadDay(r, 3)!.Value, Sql.ReadDay(r, 4)!.Value));
        return (IReadOnlyList<DyadSummary>)list;
    });

    /// <summary>The busiest directed dyads of a period, with their conflict and cooperation counts (the actor network).</summary>
    public IReadOnlyList<DyadEdge> DyadEdges(DateOnly from, DateOnly to, int limit = 100) => Guard(() =>
    {
        var list = new List<DyadEdge>();
        using var cmd = Sql.Command(_connection, null,
            "SELECT d.actor, d.recipient, COUNT(*), " +
            "SUM(CASE WHEN r.quad IN ('verbal_conflict', 'material_conflict') THEN 1 ELSE 0 END), " +
            "SUM(CASE WHEN r.quad IN ('verbal_cooperation', 'material_cooperation') THEN 1 ELSE 0 END), AVG(COALESCE(r.score, 0)) " +
            "FROM dyad_reports d JOIN reports r ON r.id = d.report_id WHERE d.day >= @p0 AND d.day <= @p1 " +
            "GROUP BY d.actor, d.recipient ORDER BY COUNT(*) DESC, d.actor, d.recipient LIMIT @p2", from, to, limit);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new DyadEdge(r.GetString(0), r.GetString(1), Sql.ReadLong(r, 2), Sql.ReadLong(r, 3), Sql.ReadLong(r, 4), r.GetDouble(5)));
        return (IReadOnlyList<DyadEdge>)list;
    });

    /// <summary>Merged events matching <paramref name="q"/>, newest first, each with all its reports.</summary>
    public IReadOnlyList<StoredEvent> Events(EventQuery q) => Guard(() =>
    {
        var (where, args) = EventFilter(q, Frequent);
        args.Add(q.Limit);
        args.Add(q.Offset);
        var events = new List<StoredEvent>();
        using (var cmd = Sql.Command(_connection, null,
            "SELECT e.event_key, e.event_type, e.actor_key, e.recipient_key, e.date_start, e.date_end, e.date_precision, e.location_country, " +
            $"e.report_count, e.article_count, e.outlet_count FROM events e {where} ORDER BY e.date_start DESC, e.event_key " +
            $"LIMIT @p{args.Count - 2} OFFSET @p{args.Count - 1}", args.ToArray()))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                events.Add(new StoredEvent(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Sql.ReadDay(r, 4), Sql.ReadDay(r, 5), r.GetString(6),
                    Sql.ReadText(r, 7), (int)Sql.ReadLong(r, 8), (int)Sql.ReadLong(r, 9), (int)Sql.ReadLong(r, 10), []));
        if (events.Count == 0) return (IReadOnlyList<StoredEvent>)events;
        var reports = ReportsWhere("WHERE r.event_key IN (" + Sql.Parameters(0, events.Count) + ")",
            events.Select(e => (object?)e.Key).ToArray()).ToLookup(x => x.EventKey);
        return events.Select(e => e with { Reports = reports[e.Key].ToList() }).ToList();
    });

    /// <summary>How many merged events match <paramref name="q"/> (ignoring paging).</summary>
    public long CountEvents(EventQuery q) => Guard(() =>
    {
        var (where, args) = EventFilter(q);
        return Sql.Scalar(_connection, null, $"SELECT COUNT(*) FROM events e {where}", args.ToArray());
    });

    /// <summary>Every stored report dated within [from, to] (null: open), oldest first, streamed.</summary>
    public IEnumerable<StoredReport> Reports(DateOnly? from = null, DateOnly? to = null) => ReportsInRange(from, to, "r.date_start, r.id");

    /// <summary>Every stored report dated within [from, to], grouped by event (consecutive reports of one event), streamed.</summary>
    public IEnumerable<StoredReport> ReportsByEvent(DateOnly? from = null, DateOnly? to = null) => ReportsInRange(from, to, "r.event_key, r.id");

    private IEnumerable<StoredReport> ReportsInRange(DateOnly? from, DateOnly? to, string order)
    {
        var sql = new StringBuilder("WHERE 1 = 1");
        var args = new List<object?>();
        if (from is { } f) { sql.Append($" AND r.date_start >= @p{args.Count}"); args.Add(f); }
        if (to is { } t) { sql.Append($" AND r.date_start <= @p{args.Count}"); args.Add(t); }
        return ReportsWhere($"{sql} ORDER BY {order}", args.ToArray());
    }

    /// <summary>The ids of the current (not superseded) articles, oldest first.</summary>
    public IReadOnlyList<long> ArticleIds() => Guard(() =>
    {
        var ids = new List<long>();
        using var cmd = Sql.Command(_connection, null, "SELECT id FROM articles WHERE superseded = 0 ORDER BY id");
        using var r = cmd.ExecuteReader();
        while (r.Read()) ids.Add(Sql.ReadLong(r, 0));
        return (IReadOnlyList<long>)ids;
    });

    /// <summary>The id of the article with this content hash (<see cref="ContentHash"/>), or null when it is not stored.</summary>
    public long? ArticleIdByHash(string contentHash) => Guard(() =>
    {
        long id = Sql.Scalar(_connection, null, "SELECT COALESCE(MAX(id), 0) FROM articles WHERE content_hash = @p0", contentHash);
        return id == 0 ? (long?)null : id;
    });

    /// <summary>One stored article, or null.</summary>
    public StoredArticle? Article(long id) => Guard(() =>
    {
        using var cmd = Sql.Command(_connection, null,
            "SELECT id, source_key, revision, superseded, title, published, outlet, url, text, coder_version, content_hash FROM articles WHERE id = @p0", id);
        using var r = cmd.ExecuteReader();
        return r.Read()
            ? new StoredArticle(Sql.ReadLong(r, 0), r.GetString(1), (int)Sql.ReadLong(r, 2), Sql.ReadLong(r, 3) != 0, Sql.ReadText(r, 4), Sql.ReadDay(r, 5),
                Sql.ReadText(r, 6), Sql.ReadText(r, 7), r.GetString(8), r.GetString(9), r.GetString(10))
            : null;
    });

    /// <summary>The reports coded from one article.</summary>
    public IReadOnlyList<StoredReport> ArticleReports(long articleId) => ReportsWhere("WHERE r.article_id = @p0 ORDER BY r.sentence_index, r.id", articleId).ToList();

    private IEnumerable<StoredReport> ReportsWhere(string where, params object?[] args)
    {
        DbCommand cmd;
        DbDataReader r;
        try
        {
            cmd = Sql.Command(_connection, null,
                "SELECT r.id, r.article_id, r.event_key, a.outlet, a.title, a.url, a.published, r.modality, r.coder_version, r.record_json, a.content_hash, r.record_id " +
                $"FROM reports r JOIN articles a ON a.id = r.article_id {where}", args);
            r = cmd.ExecuteReader();
        }
        catch (DbException e) { throw Wrap(_dialect, Display, e); }
        using (cmd)
        using (r)
            while (r.Read())
                yield return new StoredReport(Sql.ReadLong(r, 0), Sql.ReadLong(r, 1), r.GetString(2), Sql.ReadText(r, 3), Sql.ReadText(r, 4), Sql.ReadText(r, 5),
                    Sql.ReadDay(r, 6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11));
    }

    /// <summary>
    /// Whether a party is on that side of more than <see cref="FrequentParty"/> events. A page of such a party's events
    /// is found fastest by walking events newest first and checking each (most pass); a rare party's few events are
    /// fastest read through its own index rows first. Counting stops at the threshold, so the check reads a few
    /// thousand index entries at most.
    /// </summary>
    private bool Frequent(string party, string role) =>
        Sql.Scalar(_connection, null,
            $"SELECT COUNT(*) FROM (SELECT 1 FROM event_parties WHERE party = @p0 AND role = @p1 LIMIT {FrequentParty + 1}) f", party, role) > FrequentParty;

    /// <summary>Events on one side above which a party counts as frequent (tests set it to 0 or int.MaxValue - 1 to compare the two plans).</summary>
    internal int FrequentParty { get; set; } = 2000;

    private static (string Where, List<object?> Args) EventFilter(EventQuery q, Func<string, string, bool>? frequent = null)
    {
        var sql = new StringBuilder("WHERE 1 = 1");
        var args = new List<object?>();
        string P(object? v) { args.Add(v); return "@p" + (args.Count - 1); }
        if (q.EventType is { } type) sql.Append($" AND e.event_type = {P(type.ToUpperInvariant())}");
        if (q.From is { } f) sql.Append($" AND e.date_start >= {P(f)}");
        if (q.To is { } t) sql.Append($" AND e.date_start <= {P(t)}");
        if (q.Actor is { } a) sql.Append(PartyFilter("actor", P(a), frequent?.Invoke(a, "actor") == true));
        if (q.Recipient is { } rc) sql.Append(PartyFilter("recipient", P(rc), frequent?.Invoke(rc, "recipient") == true));
        if (q.Modality is { } m) sql.Append($" AND e.event_key IN (SELECT r.event_key FROM reports r WHERE r.modality = {P(m.ToLowerInvariant())})");
        if (q.NamedSourcesOnly) sql.Append(" AND e.named_reports > 0");
        return (sql.ToString(), args);
    }

    // Both forms select the same events; they differ only in the plan the database picks for a page (see Frequent).
    private static string PartyFilter(string role, string param, bool frequent) => frequent
        ? $" AND EXISTS (SELECT 1 FROM event_parties p WHERE p.party = {param} AND p.role = '{role}' AND p.event_key = e.event_key)"
        : $" AND e.event_key IN (SELECT p.event_key FROM event_parties p WHERE p.party = {param} AND p.role = '{role}')";
}
