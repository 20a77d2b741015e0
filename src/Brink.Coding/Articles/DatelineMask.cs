using System.Text.RegularExpressions;

namespace Brink.Coding.Articles;

/// <summary>
/// Blanks wire datelines ("GEORGETOWN (Meridian Wire) — ", "BRASÍLIA, March 11 (Reuters) - ") at the
/// start of paragraphs before parsing: the parser would otherwise make the city the sentence's root and
/// lose the subject of the lead. Live-blog time stamps ("09:20 — Riot police fired ...", "14:05 GMT: ...")
/// are blanked for the same reason. Spaces of the same length keep every offset pointing into the original.
/// </summary>
internal static partial class DatelineMask
{
    public static string Apply(string text)
    {
        if (Dateline().IsMatch(text)) text = Dateline().Replace(text, Blank);
        if (TimeStamp().IsMatch(text)) text = TimeStamp().Replace(text, Blank);
        return text;
    }

    private static string Blank(Match m) => new(' ', m.Length);

    // A time, an optional a.m./p.m. and time zone ("EAT", "GMT", "local time"), then a dash or colon.
    [GeneratedRegex(@"(?m)^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]?[aApP]\.?[mM]\.?)?(?:[ \t]+(?:[A-Z]{2,5}|local time))?[ \t]*[—–:-]{1,2}[ \t]+(?=\p{Lu})")]
    private static partial Regex TimeStamp();

    [GeneratedRegex(@"(?m)^[ \t]*\p{Lu}[\p{Lu}.'’ -]{1,30}(?:/\p{Lu}[\p{Lu}.'’ -]{1,30})*(?:,\s+\p{Lu}\p{Ll}{2,9}\.?\s+\d{1,2})?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[—–-]{1,2}[ \t]+(?=\p{Lu})")]
    private static partial Regex Dateline();
}
