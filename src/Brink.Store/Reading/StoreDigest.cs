using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Brink.Store.Backends;

namespace Brink.Store.Reading;

/// <summary>
/// The store's content without its surrogate numbers, as sorted lines: articles by content hash, reports by article hash and
/// record id, events by the reports they hold (an event key of an undated report names its row id), and every day-table row.
/// Two stores that hold the same articles, reports, events and day rows give the same lines, whatever order their writers
/// took and whichever backend they are; numbers that are sums are compared to ten significant digits (summing order).
/// </summary>
internal static class StoreDigest
{
    public static List<string> Lines(DbConnection c)
    {
        var reportOf = new Dictionary<long, string>();
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Sql.Rows(c, null, "SELECT r.id, a.content_hash, r.record_id, r.event_key FROM reports r JOIN articles a ON a.id = r.article_id", [], r =>
        {
            string report = $"{r[1]}/{r[2]}";
            reportOf[Sql.Long(r[0])] = report;
            (members.TryGetValue((string)r[3]!, out var l) ? l : members[(string)r[3]!] = []).Add(report);
        });
        var eventOf = members.ToDictionary(m => m.Key, m => Hash(string.Join("\n", m.Value.Order(StringComparer.Ordinal)))[..16], StringComparer.Ordinal);
        string Event(object? key) => key is string k && eventOf.TryGetValue(k, out var e) ? e : $"(no reports: {key})";
        var lines = new List<string>();
        void Add(string tag, string sql, Func<object?[], IEnumerable<object?>> fields) =>
            Sql.Rows(c, null, sql, [], r => lines.Add(tag + "|" + string.Join("|", fields(r).Select(Format))));
        Add("A", "SELECT content_hash, source_key, revision, superseded, title, published, outlet, url, coder_version FROM articles", r => r);
        Add("R", "SELECT id, event_key, sentence_index, sentence_start, sentence_end, trigger_start, trigger_end, event_type, mode, cameo, quad, score, " +
            "date_start, date_end, date_precision, modality, location_country, actor_key, recipient_key, speaker_named, sources_named, sources_unnamed, " +
            "confidence, coder_version, record_json, trigger_text FROM reports", r => [reportOf[Sql.Long(r[0])], Event(r[1]), .. r[2..]]);
        Add("RA", "SELECT report_id, role, position, text, name, code, country, sector, office, span_start, span_end FROM report_actors",
            r => [reportOf[Sql.Long(r[0])], .. r[1..]]);
        Add("DR", "SELECT actor, recipient, day, report_id FROM dyad_reports", r => [r[0], r[1], r[2], reportOf[Sql.Long(r[3])]]);
        Add("E", "SELECT event_key, event_type, actor_key, recipient_key, date_start, date_end, date_precision, location_country, report_count, " +
            "article_count, outlet_count, named_reports FROM events", r => [Event(r[0]), .. r[1..]]);
        Add("EP", "SELECT party, role, event_key FROM event_parties", r => [r[0], r[1], Event(r[2])]);
        Add("D", "SELECT actor, recipient, report_count, first_day, last_day FROM dyads", r => r);
        Add("DE", "SELECT actor, recipient, day, event_key, event_type, quad, score, weight, reports, articles, outlets, modality, description FROM dyad_events",
            r => [r[0], r[1], r[2], Event(r[3]), .. r[4..]]);
        Add("DD", "SELECT actor, recipient, day, events, weight, score_sum, type_counts, quad_counts FROM dyad_days", r => r);
        Add("S", "SELECT event_key FROM stale_events", r => [Event(r[0])]);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Format(object? v) => v switch
    {
        null or DBNull => "-null-",
        double d => (d == 0 ? 0 : d).ToString("G10", CultureInfo.InvariantCulture), // -0 and 0 are one value
        float f => ((double)f).ToString("G10", CultureInfo.InvariantCulture),
        string s => s.Replace("|", "\\|").ReplaceLineEndings("\\n"),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };
}
