using System.Globalization;
using System.Text.RegularExpressions;

namespace Brink.Coding.Actors.Petrarch;

/// <summary>
/// Reads a TABARI-format actor dictionary of PETRARCH2 (Phoenix.*.actors.txt). A line at the margin
/// starts an entry, "+" lines are its synonyms, bracketed codes follow on the same line or on indented
/// lines. Entries written with no code of their own take the codes of the next code line, as in a
/// TABARI block ("U.N._" under "UN_ [IGOUNO]"); "#" starts a comment.
/// </summary>
internal static partial class PetrarchActorReader
{
    public static List<PetrarchEntry> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static List<PetrarchEntry> Read(TextReader reader)
    {
        var entries = new List<PetrarchEntry>();
        var waiting = new List<PetrarchEntry>(); // entries that still have no code
        PetrarchEntry? current = null;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            int hash = line.IndexOf('#');
            var text = hash >= 0 ? line[..hash] : line;
            if (text.Trim().Length == 0) continue;
            int bracket = text.IndexOf('[');
            var phrase = (bracket >= 0 ? text[..bracket] : text).Trim();
            var codes = bracket >= 0 ? ParseCodes(text[bracket..]) : [];
            if (!char.IsWhiteSpace(text[0]) && text[0] != '+' && text[0] != '[')
            {
                current = new PetrarchEntry(phrase);
                entries.Add(current);
                waiting.Add(current);
            }
            else if (text[0] == '+' && current is not null && phrase.Length > 1)
            {
                current.Synonyms.Add(phrase[1..].Trim());
            }
            if (codes.Count == 0 || current is null) continue;
            if (waiting.Count == 0) current.Codes.AddRange(codes);
            else
            {
                foreach (var entry in waiting) entry.Codes = [.. codes];
                waiting.Clear();
            }
        }
        return entries;
    }

    /// <summary>Every "[CODE dates]" in the text; the null code "[---]" and codes with unreadable dates are left out.</summary>
    internal static List<PetrarchCode> ParseCodes(string text)
    {
        var result = new List<PetrarchCode>();
        foreach (Match m in CodePattern().Matches(text))
        {
            var code = m.Groups["code"].Value;
            var dates = m.Groups["dates"].Value.Replace(" ", "", StringComparison.Ordinal);
            if (code.Length == 0 || code.All(c => c == '-')) continue;
            if (dates.Length == 0) result.Add(new PetrarchCode(code, null, null));
            else if (dates[0] == '>' && Date(dates[1..]) is { } from) result.Add(new PetrarchCode(code, from, null));
            else if (dates[0] == '<' && Date(dates[1..]) is { } until) result.Add(new PetrarchCode(code, null, until));
            else if (dates.Split('-') is [var a, var b] && Date(a) is { } start && Date(b) is { } end && start <= end)
                result.Add(new PetrarchCode(code, start, end));
        }
        return result;
    }

    /// <summary>YYMMDD (years below 30 are 20xx: the files were written in 2014 and hold terms from 1945) or YYYYMMDD; null otherwise.</summary>
    internal static DateOnly? Date(string digits)
    {
        if (digits.Length == 6 && int.TryParse(digits[..2], NumberStyles.None, CultureInfo.InvariantCulture, out int yy))
            digits = (yy < 30 ? "20" : "19") + digits;
        return digits.Length == 8 && DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    [GeneratedRegex(@"\[\s*(?<code>[A-Z~\-]*)\s*(?<dates>[^\]]*)\]")]
    private static partial Regex CodePattern();
}
