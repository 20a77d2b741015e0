using System.Text.Json;
using Brink.Coding;

namespace Brink.Web.Api;

/// <summary>Coded records as JSON elements (the docs/event-format.md shape) for embedding in API answers.</summary>
internal static class RecordJson
{
    public static JsonElement Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    public static JsonElement Of(EventRecord record)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms)) EventJsonWriter.Write(record, w);
        using var doc = JsonDocument.Parse(ms.GetBuffer().AsMemory(0, (int)ms.Length));
        return doc.RootElement.Clone();
    }

    public static string Text(JsonElement e, string property, string inner = "text") =>
        e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty(inner, out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString() ?? ""
            : "";

    public static string? Speaker(JsonElement e) =>
        e.TryGetProperty("attribution", out var a) && a.ValueKind == JsonValueKind.Object && a.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.Object
            ? s.GetProperty("text").GetString()
            : null;

    /// <summary>Whether the record names who says so: a named speaker or a named source.</summary>
    public static bool NamedSource(JsonElement e)
    {
        if (Speaker(e) is not null) return true;
        if (!e.TryGetProperty("attribution", out var a) || a.ValueKind != JsonValueKind.Object) return false;
        if (!a.TryGetProperty("sources", out var sources) || sources.ValueKind != JsonValueKind.Array) return false;
        foreach (var s in sources.EnumerateArray())
            if (s.TryGetProperty("named", out var n) && n.ValueKind == JsonValueKind.True) return true;
        return false;
    }

    public static string? String(JsonElement e, string property) =>
        e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    public static double? Number(JsonElement e, string property) =>
        e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null;
}
