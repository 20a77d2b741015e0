using System.Text.RegularExpressions;

namespace Brink.Coding.Articles;

/// <summary>
/// Blanks wire datelines ("GEORGETOWN (Meridian Wire) — ", "BRASÍLIA, March 11 (Reuters) - ") at the
/// start of paragraphs before parsing: the parser would otherwise make the city the sentence's root and
/// lose the subject of the lead. Spaces of the same length keep every offset pointing into the original.
/// </summary>
internal static partial class DatelineMask
{
    public static string Apply(string text)
    {
        if (!Dateline().IsMatch(text)) return text;
        return Dateline().Replace(text, m => new string(' ', m.Length));
    }

    [GeneratedRegex(@"(?m)^[ \t]*\p{Lu}[\p{Lu}.'’ -]{1,30}(?:/\p{Lu}[\p{Lu}.'’ -]{1,30})*(?:,\s+\p{Lu}\p{Ll}{2,9}\.?\s+\d{1,2})?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[—–-]{1,2}[ \t]+(?=\p{Lu})")]
    private static partial Regex Dateline();
}
