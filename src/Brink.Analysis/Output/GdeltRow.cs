using System.Globalization;
using System.Text.Json;
using Brink.Store;
using static Brink.Analysis.ExportWriter;

namespace Brink.Analysis;

/// <summary>
/// One merged event as a row of the GDELT 2.0 event table (61 tab-separated columns). Columns Brink does
/// not know (religion, ethnicity, tone, coordinates, ADM codes) stay empty; GoldsteinScale carries the
/// PLOVER score (same -10..10 direction, different scale); country codes are ISO alpha-3 (docs/escalation.md).
/// </summary>
internal static class GdeltRow
{
    public static void Write(IReadOnlyList<StoredReport> reports, TextWriter output)
    {
        using var doc = JsonDocument.Parse(reports[0].RecordJson);
        var e = doc.RootElement;
        var day = DateOnly.TryParseExact(S(e, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        string cameo = S(e, "cameo") ?? "";
        var cols = new List<string>(61)
        {
            long.Parse(reports[0].EventKey[..15], NumberStyles.HexNumber, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            day?.ToString("yyyyMMdd") ?? "", day?.ToString("yyyyMM") ?? "", day?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
            day is { } x ? (x.Year + (x.DayOfYear - 1) / 365.0).ToString("F4", CultureInfo.InvariantCulture) : "",
        };
        Actor(First(e, "actor"), cols);
        Actor(First(e, "recipient"), cols);
        int sentence = e.TryGetProperty("sentence", out var sen) && sen.TryGetProperty("index", out var i) ? i.GetInt32() : 99;
        cols.Add(sentence <= 2 ? "1" : "0");
        cols.Add(cameo);
        cols.Add(cameo.Length >= 3 ? cameo[..3] : cameo);
        cols.Add(cameo.Length >= 2 ? cameo[..2] : cameo);
        cols.Add(S(e, "quad") switch { "verbal_cooperation" => "1", "material_cooperation" => "2", "verbal_conflict" => "3", "material_conflict" => "4", _ => "" });
        cols.Add(N(e, "score") ?? "");
        cols.Add(reports.Count.ToString(CultureInfo.InvariantCulture));
        cols.Add(reports.Select(r => r.Outlet ?? "").Distinct().Count().ToString(CultureInfo.InvariantCulture));
        cols.Add(reports.Select(r => r.ArticleId).Distinct().Count().ToString(CultureInfo.InvariantCulture));
        cols.Add("");
        for (int g = 0; g < 2; g++) cols.AddRange(Enumerable.Repeat("", 8));
        var loc = e.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.Object ? l : default;
        string? locCountry = loc.ValueKind == JsonValueKind.Object ? S(loc, "country") : null;
        cols.Add(locCountry is null ? "" : "1");
        cols.Add(loc.ValueKind == JsonValueKind.Object ? Clean(S(loc, "text")) : "");
        cols.Add(locCountry ?? "");
        cols.AddRange(Enumerable.Repeat("", 5));
        cols.Add(reports[0].Published?.ToString("yyyyMMdd") + "000000");
        cols.Add(Clean(reports[0].Url ?? reports[0].Title));
        output.Write(string.Join('\t', cols) + "\n");
    }

    private static void Actor(JsonElement a, List<string> cols)
    {
        string? country = S(a, "country"), sector = S(a, "sector"), code = S(a, "code");
        cols.Add(code ?? country ?? "");
        cols.Add(Clean((S(a, "name") ?? S(a, "text"))?.ToUpperInvariant()));
        cols.Add(country ?? "");
        cols.Add(code is not null && code != country && code != country + sector ? code : "");
        cols.AddRange(["", "", ""]);
        cols.Add(sector ?? "");
        cols.AddRange(["", ""]);
    }

    private static string Clean(string? s) => s is null ? "" : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
