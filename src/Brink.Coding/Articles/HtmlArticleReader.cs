namespace Brink.Coding.Articles;

/// <summary>
/// Extracts the main article text from an HTML page with SmartReader (a port of Mozilla's
/// Readability): title, publication date and site name when the page has them. The page is only
/// parsed, never fetched.
/// </summary>
internal static class HtmlArticleReader
{
    public static Article Read(string html, string inputName, DateOnly? published, string? outlet)
    {
        SmartReader.Article page;
        try
        {
            page = SmartReader.Reader.ParseArticle("https://localhost/article", html, "Brink");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ArticleFormatException(inputName, $"the HTML could not be parsed ({e.Message})");
        }
        // Readability's IsReadable rejects short pages; a short news brief is still an article.
        if (string.IsNullOrWhiteSpace(page.TextContent))
            throw new ArticleFormatException(inputName, "no article text found in the HTML (is it a page of links or a script-only page?)");
        string text = Normalize(page.TextContent);
        DateOnly? date = published ?? (page.PublicationDate is { } d ? DateOnly.FromDateTime(d) : null);
        string header = page.Title is { Length: > 0 } title ? title + "\n\n" : "";
        // The title stays in the text as furniture, so offsets still point into what was coded.
        var article = ArticleReader.Read(header + text, inputName, date, outlet ?? (string.IsNullOrWhiteSpace(page.SiteName) ? null : page.SiteName));
        return article with { Ref = article.Ref with { Title = string.IsNullOrWhiteSpace(page.Title) ? article.Ref.Title : page.Title } };
    }

    /// <summary>Readability keeps the page's line breaks and indentation; paragraphs become blank-line separated.</summary>
    private static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join("\n\n", lines);
    }
}
