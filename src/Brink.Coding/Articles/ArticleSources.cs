namespace Brink.Coding.Articles;

/// <summary>Picks the reader by the input's kind: HTML page, JSON lines, or plain text (with or without a header).</summary>
internal static class ArticleSources
{
    public static IEnumerable<Article> Read(string content, string inputName, DateOnly? published, string? outlet, Action<ArticleFormatException>? skip = null)
    {
        var trimmed = content.TrimStart();
        string ext = Path.GetExtension(inputName).ToLowerInvariant();
        if (ext is ".html" or ".htm" || trimmed.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return [HtmlArticleReader.Read(content, inputName, published, outlet)];
        if (ext is ".jsonl" || (trimmed.StartsWith('{') && ext is not ".txt"))
            return JsonLinesArticleReader.Read(content, inputName, published, outlet, skip);
        return [ArticleReader.Read(content, inputName, published, outlet)];
    }
}
