using System.Text.Json;

namespace Brink.Coding;

/// <summary>Writes events as JSON lines in the documented contract (docs/event-format.md).</summary>
public static class EventJsonWriter
{
    /// <summary>Writes one event as one JSON object (no trailing newline).</summary>
    public static void Write(EventRecord e, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteStartObject("article");
        w.WriteString("id", e.Article.Id);
        WriteNullable(w, "title", e.Article.Title);
        WriteNullable(w, "published", e.Article.Published?.ToString("yyyy-MM-dd"));
        WriteNullable(w, "outlet", e.Article.Outlet);
        WriteNullable(w, "url", e.Article.Url);
        w.WriteEndObject();
        w.WriteStartObject("sentence");
        w.WriteNumber("index", e.SentenceIndex);
        w.WriteString("text", e.Sentence.Text);
        w.WriteNumber("start", e.Sentence.Start);
        w.WriteNumber("end", e.Sentence.End);
        w.WriteEndObject();
        w.WriteString("event_type", e.EventType);
        WriteNullable(w, "mode", e.Mode);
        w.WriteStartArray("context");
        foreach (var c in e.Context) w.WriteStringValue(c);
        w.WriteEndArray();
        WriteNullable(w, "cameo", e.Cameo);
        if (e.Score is double s) w.WriteNumber("score", s); else w.WriteNull("score");
        WriteNullable(w, "quad", e.Quad);
        WriteActors(w, "actor", e.Actor);
        WriteActors(w, "recipient", e.Recipient);
        WriteNullable(w, "date", e.Date?.ToString("yyyy-MM-dd"));
        if (e.DateEnd is { } end && end != e.Date) w.WriteString("date_end", end.ToString("yyyy-MM-dd"));
        w.WriteString("date_precision", e.DatePrecision.ToString().ToLowerInvariant());
        WriteNullable(w, "date_text", e.DateText);
        if (e.Location is { } loc)
        {
            w.WriteStartObject("location");
            w.WriteString("text", loc.Text);
            w.WriteNumber("start", loc.Start);
            w.WriteNumber("end", loc.End);
            WriteNullable(w, "country", e.LocationCountry);
            w.WriteEndObject();
        }
        else w.WriteNull("location");
        w.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
        if (e.Attribution is { } a)
        {
            w.WriteStartObject("attribution");
            if (a.Speaker is { } sp) { w.WritePropertyName("speaker"); WriteActor(w, sp); } else w.WriteNull("speaker");
            w.WriteStartArray("sources");
            foreach (var src in a.Sources)
            {
                w.WriteStartObject();
                w.WriteString("text", src.Text);
                if (src.Count is int n) w.WriteNumber("count", n); else w.WriteNull("count");
                w.WriteBoolean("named", src.Named);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteNullable(w, "outlet", a.Outlet);
            w.WriteEndObject();
        }
        else w.WriteNull("attribution");
        w.WriteStartObject("trigger");
        w.WriteString("text", e.Trigger.Text);
        w.WriteNumber("start", e.Trigger.Start);
        w.WriteNumber("end", e.Trigger.End);
        w.WriteEndObject();
        w.WriteNumber("confidence", Math.Round(e.Confidence, 2));
        w.WriteEndObject();
    }

    private static void WriteActors(Utf8JsonWriter w, string name, IReadOnlyList<ActorMention> actors)
    {
        w.WriteStartArray(name);
        foreach (var a in actors) WriteActor(w, a);
        w.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter w, ActorMention a)
    {
        w.WriteStartObject();
        w.WriteString("text", a.Text);
        WriteNullable(w, "name", a.Name);
        WriteNullable(w, "code", a.Code);
        WriteNullable(w, "country", a.Country);
        WriteNullable(w, "sector", a.Sector);
        WriteNullable(w, "role", a.Role);
        w.WriteNumber("start", a.Start);
        w.WriteNumber("end", a.End);
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
