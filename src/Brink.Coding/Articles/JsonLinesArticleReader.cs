using System.Text.Json;

namespace Brink.Coding.Articles;

/// <summary>Articles as JSON lines: "text" required; "title", "published", "outlet", "url", "id" optional.</summary>
internal static class JsonLinesArticleReader
{
    public static IEnumerable<Article> Read(string content, string inputName, DateOnly? published, string? outlet)
    {
        var lines = content.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            string where = $"{inputName}:{i + 1}";
            JsonElement root;
            try
            {
                using var json = JsonDocument.Parse(line);
                root = json.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new ArticleFormatException(where, $"not valid JSON ({e.Message})");
            }
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textProp) || textProp.ValueKind != JsonValueKind.String)
                throw new ArticleFormatException(where, "each line must be a JSON object with a string \"text\"");
            string? Get(string name) => root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            DateOnly? date = published ?? (Get("published") is { } p ? ArticleReader.ParseDate(p, where) : null);
            var article = ArticleReader.Read(textProp.GetString()!, where, date, outlet ?? Get("outlet"));
            yield return article with
            {
                Ref = article.Ref with { Id = Get("id") ?? article.Ref.Id, Title = Get("title") ?? article.Ref.Title, Url = Get("url") ?? article.Ref.Url },
            };
        }
    }
}
