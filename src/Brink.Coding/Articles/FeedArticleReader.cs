using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CodeHollow.FeedReader;

namespace Brink.Coding.Articles;

/// <summary>
/// Articles from an RSS or Atom feed file: each item's content (or description, when that is all the feed
/// carries) becomes an article with the item's title, date, link and the feed's title as outlet.
/// </summary>
internal static partial class FeedArticleReader
{
    public static IReadOnlyList<Article> Read(string xml, string inputName, DateOnly? published, string? outlet, Action<ArticleFormatException>? skip = null)
    {
        Feed feed;
        try { feed = FeedReader.ReadFromString(HtmlEntities(xml)); }
        catch (Exception e) when (e is not OutOfMemoryException) // the library signals every unreadable feed with its own exception types
        {
            throw new ArticleFormatException(inputName, $"not a readable RSS or Atom feed ({e.Message.ReplaceLineEndings(" ")})");
        }
        var articles = new List<Article>();
        int n = 0;
        foreach (var item in feed.Items)
        {
            n++;
            string body = PlainText(item.Content ?? item.Description ?? "");
            if (body.Length == 0)
            {
                skip?.Invoke(new ArticleFormatException($"{inputName}#item{n}", $"item '{Clean(item.Title)}' has no text"));
                continue;
            }
            DateOnly? date = published ?? (item.PublishingDate is { } d ? DateOnly.FromDateTime(d) : null);
            string header = Line("Title", item.Title) + Line("Published", date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                + Line("Outlet", outlet ?? feed.Title) + Line("URL", item.Link) + Line("Id", item.Id ?? item.Link);
            articles.Add(ArticleReader.Read(header + "\n" + body, $"{inputName}#item{n}", date, outlet ?? Clean(feed.Title)));
        }
        return articles;
    }

    /// <summary>
    /// Feeds are written for feed readers, which accept HTML's named entities (&amp;nbsp; &amp;mdash;) that XML does not
    /// define; they become numeric references, which XML reads. A name HTML does not know either is kept as text.
    /// </summary>
    internal static string HtmlEntities(string xml) => NamedEntity().Replace(xml, m =>
    {
        if (m.Groups[1].Value is "amp" or "lt" or "gt" or "quot" or "apos") return m.Value;
        string decoded = WebUtility.HtmlDecode(m.Value);
        return decoded == m.Value ? "&amp;" + m.Value[1..] : string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};"));
    });

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});")] private static partial Regex NamedEntity();

    private static string Line(string name, string? value) => Clean(value) is { Length: > 0 } v ? $"{name}: {v}\n" : "";

    private static string? Clean(string? value) => value is null ? null : Spaces().Replace(WebUtility.HtmlDecode(value), " ").Trim();

    /// <summary>Feed content is an HTML fragment: paragraphs and breaks become lines, tags go, entities are decoded.</summary>
    private static string PlainText(string html)
    {
        var text = Breaks().Replace(html, "\n");
        text = Tags().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return string.Join("\n\n", text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0));
    }

    [GeneratedRegex(@"(?i)</p\s*>|<br\s*/?>|</h\d\s*>|</li\s*>|</div\s*>")] private static partial Regex Breaks();
    [GeneratedRegex(@"(?s)<script.*?</script>|<style.*?</style>|<[^>]*>")] private static partial Regex Tags();
    [GeneratedRegex(@"[ \t\u00A0\r]+")] private static partial Regex Spaces();
}
