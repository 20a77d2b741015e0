using System.Text.Encodings.Web;
using System.Text.Json;

namespace Brink.Coding.Annotations;

/// <summary>Writes annotated sentence rows as JSON lines (docs/annotation-schema.json), readable text, one row a line.</summary>
public static class AnnotationWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string path, IEnumerable<AnnotatedSentence> rows)
    {
        using var file = File.Create(path);
        foreach (var row in rows)
        {
            using (var w = new Utf8JsonWriter(file, Options)) WriteRow(w, row);
            file.WriteByte((byte)'\n');
        }
    }

    private static void WriteRow(Utf8JsonWriter w, AnnotatedSentence row)
    {
        w.WriteStartObject();
        w.WriteString("id", row.Id);
        w.WriteString("date", row.Date.ToString("yyyy-MM-dd"));
        w.WriteString("story", row.Story);
        w.WriteString("text", row.Text);
        w.WriteString("sources", row.Sources);
        w.WriteStartArray("annotators");
        foreach (var a in row.Annotators) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in row.Events)
        {
            w.WriteStartObject();
            w.WriteStartObject("trigger");
            WriteSpan(w, e.TriggerStart, e.TriggerEnd, e.TriggerText);
            w.WriteEndObject();
            w.WriteString("type", e.Type);
            if (e.Mode is null) w.WriteNull("mode"); else w.WriteString("mode", e.Mode);
            WriteEntities(w, "actors", e.Actors);
            WriteEntities(w, "recipients", e.Recipients);
            w.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
            if (!string.IsNullOrEmpty(e.Note)) w.WriteString("note", e.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter w, string name, IReadOnlyList<AnnotatedEntity> entities)
    {
        w.WriteStartArray(name);
        foreach (var x in entities)
        {
            w.WriteStartObject();
            WriteSpan(w, x.Start, x.End, x.Text);
            w.WriteString("code", x.Code.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, int? start, int? end, string? text)
    {
        if (start is { } s) w.WriteNumber("start", s); else w.WriteNull("start");
        if (end is { } e) w.WriteNumber("end", e); else w.WriteNull("end");
        if (text is null) w.WriteNull("text"); else w.WriteString("text", text);
    }
}
