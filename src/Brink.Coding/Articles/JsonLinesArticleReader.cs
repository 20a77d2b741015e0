using System.Text.Json;

namespace Brink.Coding.Articles;

/// <summary>Articles as JSON lines: "text" required; "title", "published", "outlet", "url", "id" optional.</summary>
internal static class JsonLinesArticleReader
{
    /// <summary>
    /// The articles of every line. A bad line is an error; with <paramref name="skip"/> it is reported there (naming the
    /// file and line) and the other lines are read.
    /// </summary>
    public static IEnumerable<Article> Read(string content, string inputName, DateOnly? published, string? outlet, Action<ArticleFormatException>? skip = null)
    {
        var lines = content.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            Article article;
            try { article = ReadLine(line, $"{inputName}:{i + 1}", published, outlet); }
            catch (ArticleFormatException e) when (skip is not null)
            {
                skip(e);
                continue;
            }
            yield return article;
        }
    }

    private static Article ReadLine(string line, string where, DateOnly? published, string? outlet)
    {
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
        // "text" is the body: the headline, if any, is "title", so no line of the text is taken for one.
        var article = ArticleReader.Read(textProp.GetString()!, where, date, outlet ?? Get("outlet"), bodyOnly: true);
        return article with
        {
            Ref = article.Ref with { Id = Get("id") ?? article.Ref.Id, Title = Get("title") ?? article.Ref.Title, Url = Get("url") ?? article.Ref.Url },
        };
    }
}
