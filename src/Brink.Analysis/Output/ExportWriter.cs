using System.Globalization;
using System.Text.Json;
using Brink.Store;
using CsvHelper;

namespace Brink.Analysis;

/// <summary>
/// Writes stored reports for other tools: JSON lines (the record contract plus its event key), CSV (one
/// report per row), or GDELT 2.0 event-table rows (one merged event per row, tab-separated, no header).
/// </summary>
public static class ExportWriter
{
    /// <summary>The CSV header; every row has these columns.</summary>
    internal static readonly string[] CsvColumns =
    [
        "event_key", "report_key", "article_key", "date", "date_precision", "event_type", "mode", "cameo", "quad", "score",
        "actor_code", "actor_country", "actor_sector", "actor_text", "recipient_code", "recipient_country", "recipient_sector", "recipient_text",
        "modality", "location_country", "outlet", "published", "url", "title", "trigger", "sentence", "coder_version",
    ];

    public static void JsonLine(StoredReport r, TextWriter output)
    {
        // The record is stored as written by the coder; the event key is added as its last field.
        string json = r.RecordJson.TrimEnd();
        output.Write(json[..^1]);
        output.Write(",\"event_key\":\"");
        output.Write(r.EventKey);
        output.Write("\"}\n");
    }

    /// <summary>
    /// Writes the CSV header and one row per report (RFC 4180, by CsvHelper). Titles and sentences come from untrusted
    /// articles: a cell starting with =, +, -, @, a tab or a carriage return would be a formula in a spreadsheet, so it is
    /// written with a leading apostrophe, which spreadsheets show as text.
    /// </summary>
    public static void Csv(IEnumerable<StoredReport> reports, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.Escape }, leaveOpen: true);
        csv.WriteHeader(CsvColumns);
        int scoreColumn = Array.IndexOf(CsvColumns, "score");
        foreach (var r in reports)
        {
            var cells = CsvCells(r);
            for (int i = 0; i < cells.Length; i++)
            {
                // A number is written as one, so a negative score is not taken for a formula and escaped.
                if (i == scoreColumn && double.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out double score)) csv.WriteField(score, default);
                else csv.WriteField(cells[i]);
            }
            csv.EndRecord();
        }
    }

    private static string[] CsvCells(StoredReport r)
    {
        using var doc = JsonDocument.Parse(r.RecordJson);
        var e = doc.RootElement;
        var actor = First(e, "actor");
        var recipient = First(e, "recipient");
        string?[] cells =
        [
            // Keys, not row numbers: a PostgreSQL store resumed after a kill numbers its rows with gaps, so two stores of the
            // same articles would give different ids.
            r.EventKey, r.ReportKey, r.ArticleKey, S(e, "date"), S(e, "date_precision"),
            S(e, "event_type"), S(e, "mode"), S(e, "cameo"), S(e, "quad"), N(e, "score"),
            S(actor, "code"), S(actor, "country"), S(actor, "sector"), S(actor, "text"),
            S(recipient, "code"), S(recipient, "country"), S(recipient, "sector"), S(recipient, "text"),
            S(e, "modality"), e.TryGetProperty("location", out var loc) ? S(loc, "country") : null, r.Outlet, r.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Url, r.Title,
            e.TryGetProperty("trigger", out var trig) ? S(trig, "text") : null, e.TryGetProperty("sentence", out var sen) ? S(sen, "text") : null, r.CoderVersion,
        ];
        return Array.ConvertAll(cells, c => c ?? "");
    }

    /// <summary>Writes one GDELT row per merged event from reports grouped by event (<see cref="EventStore.ReportsByEvent"/>).</summary>
    public static long Gdelt(IEnumerable<StoredReport> reportsByEvent, TextWriter output)
    {
        long rows = 0;
        var group = new List<StoredReport>();
        foreach (var r in reportsByEvent)
        {
            if (group.Count > 0 && group[0].EventKey != r.EventKey) { GdeltRow.Write(group, output); rows++; group.Clear(); }
            group.Add(r);
        }
        if (group.Count > 0) { GdeltRow.Write(group, output); rows++; }
        return rows;
    }

    internal static JsonElement First(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0 ? list[0] : default;

    internal static string? S(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    internal static string? N(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble().ToString(CultureInfo.InvariantCulture) : null;
}
