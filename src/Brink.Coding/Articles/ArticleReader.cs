using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Brink.Coding.Articles;

/// <summary>
/// Reads articles from plain text as saved from a news page (a dateline such as "Updated Apr 16, 2024 -
/// World" gives the publication date; the headline, photo credits and "Go deeper" links are furniture),
/// or from text with a small header (Title:, Published:, Outlet:, URL: lines, then a blank line).
/// </summary>
internal static partial class ArticleReader
{
    [GeneratedRegex(@"^(?:Updated|Published|Posted)?\s*([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})(?:\s*[-–—].*)?$")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:Photo|Image|Illustration|Video|Credit|Source)s?:|^Go deeper\b|^Share\b|^Sign up\b|^Read more\b|^Subscribe\b", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureLine();

    private static readonly string[] DateFormats = ["MMM d, yyyy", "MMM. d, yyyy", "MMMM d, yyyy", "yyyy-MM-dd"];

    /// <summary>
    /// Reads one article; <paramref name="published"/> and <paramref name="outlet"/> override what the text says. With
    /// <paramref name="bodyOnly"/> (a JSON line's "text", whose headline is its "title") no line is taken for a headline.
    /// </summary>
    public static Article Read(string text, string inputName, DateOnly? published = null, string? outlet = null, bool bodyOnly = false)
    {
        text = text.Replace("\r\n", "\n");
        var header = ReadHeader(text, inputName, out int bodyStart);
        // An empty input would be stored as an article without text, named by the hash of nothing.
        if (string.IsNullOrWhiteSpace(text[bodyStart..]))
            throw new ArticleFormatException(inputName, header.Count > 0 ? "the article has a header but no text (nothing stored)" : "the article is empty (nothing stored)");
        string? title = header.GetValueOrDefault("title");
        DateOnly? date = published ?? (header.TryGetValue("published", out var p) ? ParseDate(p, inputName) : null);
        var furniture = new List<(int, int)>();
        bool sawBody = false;
        int pos = bodyStart;
        foreach (var line in text[bodyStart..].Split('\n'))
        {
            int start = pos, end = pos + line.Length;
            pos = end + 1;
            var t = line.Trim();
            if (t.Length == 0) continue;
            if (!sawBody && Dateline().Match(t) is { Success: true } m)
            {
                date ??= ParseDate(m.Groups[1].Value, inputName);
                furniture.Add((start, end));
                continue;
            }
            if (FurnitureLine().IsMatch(t)) { furniture.Add((start, end)); continue; }
            // Before the first real paragraph, short lines without final punctuation are the headline and captions.
            if (!sawBody && !bodyOnly && IsHeadlineLike(t))
            {
                title ??= t;
                furniture.Add((start, end));
                continue;
            }
            sawBody = true;
        }
        string id = header.GetValueOrDefault("id") ?? ContentId(text);
        var reference = new ArticleRef(id, title, date, outlet ?? header.GetValueOrDefault("outlet"), header.GetValueOrDefault("url"));
        return new Article(reference, text, bodyStart, furniture);
    }

    private static bool IsHeadlineLike(string line) => line.Length < 160 && !".!?\"”'’)".Contains(line[^1]) && !line.StartsWith('•');

    private static Dictionary<string, string> ReadHeader(string text, string inputName, out int bodyStart)
    {
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        bodyStart = 0;
        int pos = 0;
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            string line = nl < 0 ? text[pos..] : text[pos..nl];
            int colon = line.IndexOf(':');
            bool field = colon is > 0 and < 12 && line[..colon].All(char.IsLetter) && (header.Count > 0 || line[..colon] is "Title" or "Published" or "Outlet" or "URL" or "Id");
            if (!field)
            {
                // A header ends at a blank line; text that starts otherwise has no header.
                if (header.Count > 0 && line.Trim().Length == 0) bodyStart = nl < 0 ? text.Length : nl + 1;
                else if (header.Count > 0) throw new ArticleFormatException(inputName, $"header line '{Shorten(line)}' is not 'Name: value'; end the header with a blank line");
                break;
            }
            header[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            pos = nl < 0 ? text.Length : nl + 1;
            bodyStart = pos;
        }
        return header;
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "..." : s;

    internal static DateOnly ParseDate(string value, string inputName)
    {
        var v = value.Trim();
        if (v.Length >= 10 && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        if (DateOnly.TryParseExact(v, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)) return DateOnly.FromDateTime(dto.UtcDateTime);
        throw new ArticleFormatException(inputName, $"publication date '{Shorten(v)}' is not a date; use YYYY-MM-DD (or pass --published)");
    }

    /// <summary>A stable id from the text: the same article always gets the same id.</summary>
    public static string ContentId(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
