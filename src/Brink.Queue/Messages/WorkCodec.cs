using System.Text.Json;
using System.Text.Json.Nodes;
using Brink.Coding;

namespace Brink.Queue;

/// <summary>
/// Work messages as JSON. An article travels whole (text, body start and furniture ranges as the reader found them), so a
/// worker codes exactly the article the publisher read, as a single-process ingest would, without reading the file again.
/// </summary>
internal static class WorkCodec
{
    public static byte[] Article(Article a)
    {
        var furniture = new JsonArray();
        foreach (var (s, e) in a.Furniture) furniture.Add(new JsonArray(s, e));
        var json = new JsonObject
        {
            ["id"] = a.Ref.Id, ["title"] = a.Ref.Title, ["published"] = a.Ref.Published?.ToString("yyyy-MM-dd"),
            ["outlet"] = a.Ref.Outlet, ["url"] = a.Ref.Url, ["text"] = a.Text, ["bodyStart"] = a.BodyStart, ["furniture"] = furniture,
        };
        return JsonSerializer.SerializeToUtf8Bytes(json);
    }

    public static byte[] Recode(long articleId, bool all) => JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["recode"] = articleId, ["all"] = all });

    /// <summary>Reads a message; anything malformed is a <see cref="MessageFormatException"/> naming what is wrong.</summary>
    public static WorkMessage Read(ReadOnlySpan<byte> data)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(data.ToArray());
            root = doc.RootElement.Clone();
        }
        catch (JsonException e) { throw new MessageFormatException($"not valid JSON ({e.Message})"); }
        if (root.ValueKind != JsonValueKind.Object) throw new MessageFormatException("not a JSON object");
        if (root.TryGetProperty("recode", out var recode))
        {
            if (recode.ValueKind != JsonValueKind.Number || !recode.TryGetInt64(out long id) || id < 1)
                throw new MessageFormatException("\"recode\" must be a stored article id (a positive integer)");
            return new WorkMessage(null, id, root.TryGetProperty("all", out var all) && all.ValueKind == JsonValueKind.True);
        }
        string text = String(root, "text") ?? throw new MessageFormatException("no string \"text\"");
        if (text.Length == 0) throw new MessageFormatException("\"text\" is empty");
        string id2 = String(root, "id") ?? throw new MessageFormatException("no string \"id\"");
        DateOnly? published = String(root, "published") is { } p
            ? DateOnly.TryParseExact(p, "yyyy-MM-dd", out var d) ? d : throw new MessageFormatException($"\"published\" is not a date (YYYY-MM-DD): '{p}'")
            : null;
        int bodyStart = root.TryGetProperty("bodyStart", out var b) && b.ValueKind == JsonValueKind.Number && b.TryGetInt32(out int bs) ? bs : 0;
        if (bodyStart < 0 || bodyStart > text.Length) throw new MessageFormatException($"\"bodyStart\" {bodyStart} is outside the text ({text.Length} characters)");
        var furniture = new List<(int, int)>();
        if (root.TryGetProperty("furniture", out var f) && f.ValueKind == JsonValueKind.Array)
            foreach (var range in f.EnumerateArray())
            {
                if (range.ValueKind != JsonValueKind.Array || range.GetArrayLength() != 2 || !range[0].TryGetInt32(out int s) || !range[1].TryGetInt32(out int e)
                    || s < 0 || e < s || e > text.Length)
                    throw new MessageFormatException($"a \"furniture\" range is not [start, end] within the text: {range.GetRawText()}");
                furniture.Add((s, e));
            }
        var reference = new ArticleRef(id2, String(root, "title"), published, String(root, "outlet"), String(root, "url"));
        return new WorkMessage(new Article(reference, text, bodyStart, furniture), null);
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
