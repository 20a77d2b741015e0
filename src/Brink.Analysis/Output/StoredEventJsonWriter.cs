using System.Text.Json;
using Brink.Store;

namespace Brink.Analysis;

/// <summary>Writes a merged event with its reports (each report's record in the contract of docs/event-format.md) as one JSON object.</summary>
public static class StoredEventJsonWriter
{
    public static void Write(StoredEvent e, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("event_key", e.Key);
        w.WriteString("event_type", e.EventType);
        w.WriteString("actor", e.ActorKey);
        w.WriteString("recipient", e.RecipientKey);
        Day(w, "date", e.Date);
        Day(w, "date_end", e.DateEnd);
        w.WriteString("date_precision", e.DatePrecision);
        if (e.LocationCountry is { } c) w.WriteString("location_country", c); else w.WriteNull("location_country");
        w.WriteNumber("report_count", e.ReportCount);
        w.WriteNumber("article_count", e.ArticleCount);
        w.WriteNumber("outlet_count", e.OutletCount);
        w.WriteStartArray("reports");
        foreach (var r in e.Reports)
        {
            w.WriteStartObject();
            w.WriteNumber("report_id", r.Id);
            w.WriteNumber("article_id", r.ArticleId);
            w.WriteString("modality", r.Modality);
            w.WriteString("coder_version", r.CoderVersion);
            w.WritePropertyName("record");
            w.WriteRawValue(r.RecordJson, skipInputValidation: true);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Day(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is { } v) w.WriteString(name, v.ToString("yyyy-MM-dd")); else w.WriteNull(name);
    }
}
