using System.Text.Json;
using Brink.Coding.Data;

namespace Brink.Coding.Annotations;

/// <summary>
/// Turns an annotator's working file, where spans are written as text with an occurrence number
/// (<c>{"trigger": "expels", "actors": [{"text": "Belarus", "code": "BLR/GOV"}]}</c>), into annotated rows with
/// character offsets, joined with the sampled rows they annotate. Types, modes and codes are checked when the
/// result is read back (<see cref="AnnotationReader"/>).
/// </summary>
public static class RawAnnotationResolver
{
    public static List<AnnotatedSentence> Resolve(string rawPath, IReadOnlyDictionary<string, CurrentEventsRow> rows, string annotator)
    {
        var result = new List<AnnotatedSentence>();
        int line = 0;
        foreach (string raw in File.ReadLines(rawPath))
        {
            line++;
            if (raw.Trim().Length == 0) continue;
            JsonDocument doc;
            try { doc = JsonDocument.Parse(raw); }
            catch (JsonException e) { throw new DataFormatException(rawPath, line, null, null, $"malformed JSON: {e.Message}"); }
            using (doc)
            {
                var o = doc.RootElement;
                string id = o.TryGetProperty("id", out var idEl) ? idEl.GetString() ?? "" : "";
                if (!rows.TryGetValue(id, out var row)) throw new DataFormatException(rawPath, line, "id", id, "is not a row of the sample");
                var events = new List<AnnotatedEvent>();
                int k = 0;
                foreach (var e in o.GetProperty("events").EnumerateArray())
                {
                    string at = $"events[{++k}]";
                    var (ts, te, tt) = Locate(row.Text, Str(e, "trigger"), Int(e, "trigger_occurrence"), rawPath, line, $"{at}.trigger");
                    string modalityText = Str(e, "modality") ?? "";
                    if (!Enum.TryParse<Modality>(modalityText, true, out var modality))
                        throw new DataFormatException(rawPath, line, $"{at}.modality", modalityText, "is not a modality");
                    events.Add(new AnnotatedEvent(ts!.Value, te!.Value, tt!, Str(e, "type") ?? "", Str(e, "mode") is { Length: > 0 } m ? m : null,
                        Entities(e, "actors", row.Text, rawPath, line, at), Entities(e, "recipients", row.Text, rawPath, line, at), modality, Str(e, "note") is { Length: > 0 } n ? n : null));
                }
                result.Add(new AnnotatedSentence(row.Id, row.Date, row.Story, row.Text, row.Sources, [annotator], events, line));
            }
        }
        return result;
    }

    private static List<AnnotatedEntity> Entities(JsonElement e, string field, string text, string path, int line, string at)
    {
        var list = new List<AnnotatedEntity>();
        if (!e.TryGetProperty(field, out var arr) || arr.ValueKind != JsonValueKind.Array) return list;
        int k = 0;
        foreach (var x in arr.EnumerateArray())
        {
            string where = $"{at}.{field}[{++k}]";
            var (s, en, t) = Locate(text, Str(x, "text"), Int(x, "occurrence"), path, line, where);
            string codeText = Str(x, "code") ?? "";
            var code = ActorCode.Parse(codeText) ?? throw new DataFormatException(path, line, $"{where}.code", codeText, "is neither CCC/SEC nor an organisation code");
            list.Add(new AnnotatedEntity(s, en, t, code));
        }
        return list;
    }

    /// <summary>The n-th occurrence (from 1) of <paramref name="span"/> in the text; a null span is an implicit actor.</summary>
    internal static (int? Start, int? End, string? Text) Locate(string text, string? span, int? occurrence, string path, int line, string where)
    {
        if (span is null) return (null, null, null);
        int at = -1;
        for (int k = 0; k < Math.Max(1, occurrence ?? 1); k++)
        {
            at = text.IndexOf(span, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new DataFormatException(path, line, where, span, $"does not occur {occurrence ?? 1} time(s) in the row's text");
        }
        return (at, at + span.Length, span);
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) ? i : null;
}
