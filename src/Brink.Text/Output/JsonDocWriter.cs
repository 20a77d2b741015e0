using System.Text.Json;

namespace Brink.Text;

/// <summary>Writes a <see cref="Doc"/> as JSON: sentences with offsets, tokens with every annotation, and entity spans.</summary>
public static class JsonDocWriter
{
    /// <summary>Writes <paramref name="doc"/> as one JSON object.</summary>
    public static void Write(Doc doc, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("text", doc.Text);
        w.WriteStartArray("sentences");
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteStartArray("tokens");
            foreach (var t in s.Tokens)
            {
                w.WriteStartObject();
                w.WriteNumber("id", t.Index);
                w.WriteString("text", t.Span);
                w.WriteNumber("start", t.Start);
                w.WriteNumber("end", t.End);
                w.WriteString("lemma", t.Lemma);
                w.WriteString("upos", t.Upos);
                w.WriteString("xpos", t.Xpos);
                w.WriteString("feats", t.Feats);
                w.WriteNumber("head", t.Head);
                w.WriteString("dep", t.Dep);
                w.WriteString("ent", t.Entity);
                w.WriteBoolean("space_after", t.SpaceAfter);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("entities");
        foreach (var e in doc.Entities)
        {
            w.WriteStartObject();
            w.WriteString("text", doc.Text.AsSpan(e.Start, e.End - e.Start));
            w.WriteString("label", e.Label);
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
