using System.Text.Json;
using Brink.Coding.Data;
using Brink.Coding.Ontology;

namespace Brink.Coding.Annotations;

/// <summary>
/// Reads annotated sentence rows (JSON lines, docs/annotation-schema.json) and checks each against its text and
/// the ontology; the first problem throws a <see cref="DataFormatException"/> naming the file and line.
/// </summary>
public static class AnnotationReader
{
    public static List<AnnotatedSentence> Read(string path, PloverOntology ontology)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Annotation file '{path}' does not exist (example: data/annotations/dev.jsonl).", path);
        var rows = new List<AnnotatedSentence>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0) continue;
            JsonDocument doc;
            try { doc = JsonDocument.Parse(raw); }
            catch (JsonException e) { throw new DataFormatException(path, line, null, null, $"malformed JSON: {e.Message}"); }
            using (doc)
            {
                var row = new RowReader(path, line, ontology).Sentence(doc.RootElement);
                if (!ids.Add(row.Id)) throw new DataFormatException(path, line, "id", row.Id, "appears twice in the file");
                rows.Add(row);
            }
        }
        return rows;
    }

    /// <summary>Reads one line's object; every error names the file, the line and the field.</summary>
    private readonly struct RowReader(string path, int line, PloverOntology ontology)
    {
        public AnnotatedSentence Sentence(JsonElement o)
        {
            if (o.ValueKind != JsonValueKind.Object) throw Error(null, null, "a line must be one JSON object");
            string id = String(o, "id");
            string dateText = String(o, "date");
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", out var date)) throw Error("date", dateText, "is not an ISO date (YYYY-MM-DD)");
            string text = String(o, "text");
            var events = new List<AnnotatedEvent>();
            if (!o.TryGetProperty("events", out var list) || list.ValueKind != JsonValueKind.Array) throw Error("events", null, "must be a list (empty for a row without events)");
            int k = 0;
            foreach (var e in list.EnumerateArray()) events.Add(Event(e, text, ++k));
            var annotators = o.TryGetProperty("annotators", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
            return new AnnotatedSentence(id, date, OptionalString(o, "story") ?? "", text, OptionalString(o, "sources") ?? "", annotators, events, line);
        }

        private AnnotatedEvent Event(JsonElement e, string text, int k)
        {
            string at = $"events[{k}]";
            if (e.ValueKind != JsonValueKind.Object) throw Error(at, null, "must be an object");
            if (!e.TryGetProperty("trigger", out var trigger) || trigger.ValueKind != JsonValueKind.Object) throw Error($"{at}.trigger", null, "must be {start, end, text}");
            var (start, end, triggerText) = Span(trigger, text, $"{at}.trigger", allowImplicit: false);
            string type = String(e, "type", at);
            if (!ontology.IsType(type)) throw Error($"{at}.type", type, "is not a PLOVER event type");
            string? mode = OptionalString(e, "mode");
            if (string.IsNullOrEmpty(mode)) mode = null;
            else if (!ontology.IsMode(type, mode)) throw Error($"{at}.mode", mode, $"is not a mode of {type}");
            string modalityText = String(e, "modality", at);
            if (!Enum.TryParse<Modality>(modalityText, ignoreCase: true, out var modality) || !char.IsAsciiLetterLower(modalityText[0]))
                throw Error($"{at}.modality", modalityText, "must be asserted, claimed, negated, future, conditional or hypothetical");
            return new AnnotatedEvent(start!.Value, end!.Value, triggerText!, type, mode, Entities(e, "actors", text, at), Entities(e, "recipients", text, at), modality, OptionalString(e, "note"));
        }

        private List<AnnotatedEntity> Entities(JsonElement e, string field, string text, string at)
        {
            var result = new List<AnnotatedEntity>();
            if (!e.TryGetProperty(field, out var list)) return result;
            if (list.ValueKind != JsonValueKind.Array) throw Error($"{at}.{field}", null, "must be a list");
            int k = 0;
            foreach (var x in list.EnumerateArray())
            {
                string where = $"{at}.{field}[{++k}]";
                var (start, end, spanText) = Span(x, text, where, allowImplicit: true);
                string codeText = String(x, "code", where);
                var code = ActorCode.Parse(codeText) ?? throw Error($"{where}.code", codeText, "is neither CCC/SEC (either may be ?) nor an organisation code");
                result.Add(new AnnotatedEntity(start, end, spanText, code));
            }
            return result;
        }

        /// <summary>start and end (UTF-16, end exclusive) must cut the text at exactly the span's text; an implicit actor has all three null.</summary>
        private (int? Start, int? End, string? Text) Span(JsonElement o, string text, string where, bool allowImplicit)
        {
            var start = OptionalInt(o, "start", where);
            var end = OptionalInt(o, "end", where);
            string? spanText = OptionalString(o, "text");
            if (start is null && end is null && spanText is null)
                return allowImplicit ? (null, null, null) : throw Error(where, null, "needs start, end and text");
            if (start is not { } s || end is not { } en || spanText is null) throw Error(where, null, "needs start, end and text together (or all three null for an implicit actor)");
            if (s < 0 || en <= s || en > text.Length) throw Error(where, $"{s}..{en}", $"offsets out of the text (length {text.Length})");
            if (!text.AsSpan(s, en - s).SequenceEqual(spanText)) throw Error(where, spanText, $"the text at {s}..{en} is '{text[s..en]}'");
            return (s, en, spanText);
        }

        private string String(JsonElement o, string name, string? at = null) =>
            o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s
                : throw Error(at is null ? name : $"{at}.{name}", null, "is missing or not a non-empty string");

        private static string? OptionalString(JsonElement o, string name) =>
            o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private int? OptionalInt(JsonElement o, string name, string at) =>
            !o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null
                : v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) ? i : throw Error($"{at}.{name}", v.ToString(), "must be a whole number or null");

        private DataFormatException Error(string? field, string? value, string problem) => new(path, line, field, value, problem);
    }
}
