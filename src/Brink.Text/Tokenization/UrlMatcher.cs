namespace Brink.Text.Tokenization;

/// <summary>Finds URLs, which stay one token however much punctuation they hold.</summary>
internal static class UrlMatcher
{
    private static readonly string[] Schemes = ["http://", "https://", "ftp://", "www.", "mailto:", "file://"];

    private static readonly string[] Tlds =
    [
        "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "us", "uk", "ca", "de", "fr", "au", "ru",
        "cn", "in", "jp", "ly", "me", "tv", "eu", "news", "il", "ir", "ua", "ae", "qa", "pk", "za", "ng", "ke", "nz", "ie",
    ];

    /// <summary>End of the URL that starts with a scheme (or "www.") at <paramref name="start"/>, or <paramref name="start"/>.</summary>
    public static int MatchScheme(ReadOnlySpan<char> text, int start, int chunkEnd)
    {
        char c = (char)(text[start] | 0x20);
        if (c is not ('h' or 'w' or 'f' or 'm')) return start;
        var rest = text[start..chunkEnd];
        foreach (var scheme in Schemes)
        {
            if (rest.Length > scheme.Length && rest.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
                && CharClass.WordWidth(text, start + scheme.Length) + (text[start + scheme.Length] == '/' ? 1 : 0) > 0)
                return FindEnd(text, start, chunkEnd);
        }
        return start;
    }

    /// <summary>Whether <paramref name="label"/> is a top-level domain, for bare "example.com/page" addresses.</summary>
    public static bool IsTld(ReadOnlySpan<char> label)
    {
        if (label.Length is < 2 or > 4) return false;
        foreach (var tld in Tlds)
            if (label.Equals(tld, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Where the URL starting at <paramref name="start"/> ends: before quotes, angle brackets and trailing punctuation.</summary>
    public static int FindEnd(ReadOnlySpan<char> text, int start, int chunkEnd)
    {
        int end = start;
        int open = 0;
        while (end < chunkEnd)
        {
            char c = text[end];
            if (c is '<' or '>' or '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB') break;
            if (c is '(' or '[') open++;
            end++;
        }
        while (end > start + 1)
        {
            char last = text[end - 1];
            if (last is ',' or ';' or ':' or '!' or '?' || (last == '.' && text[end - 2] != '.')) end--;
            else if (last is ')' or ']' && open == 0) end--;
            else break;
        }
        return end;
    }
}
