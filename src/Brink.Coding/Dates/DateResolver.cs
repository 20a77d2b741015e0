using System.Globalization;
using Brink.Text;

namespace Brink.Coding.Dates;

/// <summary>
/// Finds time expressions in a sentence and resolves them against the publication date: weekdays
/// ("on Monday" is the last Monday before publication, or the next one for future events), relative
/// days and weeks ("yesterday", "last week", "in recent days", "over the last 24 hours") and explicit
/// dates ("April 15", "15 April 2024", "Apr. 15, 2024", "2024-04-15", "March 2024").
/// </summary>
internal static class DateResolver
{
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static Dictionary<string, int> BuildMonths()
    {
        var m = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string[] full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (int i = 0; i < 12; i++)
        {
            m[full[i]] = i + 1;
            if (full[i] != "may") { m[full[i][..3]] = i + 1; m[full[i][..3] + "."] = i + 1; }
        }
        m["sept"] = 9; m["sept."] = 9;
        return m;
    }

    /// <summary>All time expressions in tokens [first, end) of <paramref name="doc"/>, left to right.</summary>
    public static List<DateMention> Find(Doc doc, int first, int end, DateOnly anchor, bool future = false)
    {
        var found = new List<DateMention>();
        for (int i = first; i < end;)
        {
            var m = CanStart(doc[i].Span) ? Match(doc, i, end, anchor, future) : null;
            if (m is null) { i++; continue; }
            found.Add(m);
            i = m.EndToken;
        }
        return found;
    }

    // Every word Match can begin with; any other word that is not a number starts no time expression.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StartWords = new HashSet<string>(
        [.. Weekdays, .. Months.Keys, "since", "on", "until", "by", "last", "this", "next", "past", "today", "tonight", "yesterday", "tomorrow",
         "earlier", "over", "in", "during"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a time expression may start at <paramref name="word"/>: checked without allocating, so Match runs on a few words a sentence.</summary>
    private static bool CanStart(ReadOnlySpan<char> word) => word.Length > 0 && (char.IsAsciiDigit(word[0]) || StartWords.Contains(word));

    private static string Low(Doc doc, int i) => doc[i].Text.ToLowerInvariant();

    private static DateMention? Match(Doc doc, int i, int end, DateOnly anchor, bool future)
    {
        string w = Low(doc, i);
        string next = i + 1 < end ? Low(doc, i + 1) : "";
        string next2 = i + 2 < end ? Low(doc, i + 2) : "";
        // "since Thursday": from that day to publication.
        if (w == "since" && IsDateStart(doc, i + 1, end) && Match(doc, i + 1, end, anchor, false) is { } from && from.Start <= anchor)
            return Make(doc, i, from.EndToken, from.Start, anchor, DatePrecision.Range);
        // Prepositions and determiners belong to the expression's text but carry no date.
        if (w is "on" or "until" or "by" && IsDateStart(doc, i + 1, end))
        {
            var inner = Match(doc, i + 1, end, anchor, future);
            return inner is null ? null : Make(doc, i, inner.EndToken, inner.Start, inner.End, inner.Precision);
        }
        int wd = Array.IndexOf(Weekdays, w);
        if (wd >= 0) return Weekday(doc, i, i + 1, wd, anchor, future, 0);
        if (w is "last" or "this" or "next" && Array.IndexOf(Weekdays, next) is int wd2 and >= 0)
            return Weekday(doc, i, i + 2, wd2, anchor, w == "next", w == "last" ? -1 : 0);
        switch (w)
        {
            case "today": case "tonight": return Make(doc, i, i + 1, anchor, anchor, DatePrecision.Day);
            case "yesterday": return Make(doc, i, i + 1, anchor.AddDays(-1), anchor.AddDays(-1), DatePrecision.Day);
            case "tomorrow": return Make(doc, i, i + 1, anchor.AddDays(1), anchor.AddDays(1), DatePrecision.Day);
        }
        if (w is "last" or "this" or "next" or "past" && next is "week" or "month" or "year" or "weekend")
            return Relative(doc, i, i + 2, w, next, anchor);
        // "earlier this month" is the part of the month before publication.
        if (w == "earlier" && next == "this" && next2 is "week" or "month" or "year")
            return Relative(doc, i, i + 3, "this", next2, anchor) is { } m ? m with { End = anchor, Precision = DatePrecision.Range } : null;
        if (w == "over" && next == "the" && next2 == "weekend")
        {
            var sat = PreviousOrSame(anchor.AddDays(-1), DayOfWeek.Saturday);
            return Make(doc, i, i + 3, sat, sat.AddDays(1), DatePrecision.Range);
        }
        if (w is "in" && next == "recent" && next2 is "days" or "weeks")
            return Make(doc, i, i + 3, anchor.AddDays(next2 == "days" ? -7 : -28), anchor, DatePrecision.Range);
        if (w is "over" or "in" or "during" && next is "the" && next2 is "last" or "past")
            return LastN(doc, i, end, anchor);
        if (w is "in" && i + 1 < end && IsYear(next) && !(i + 2 < end && Months.ContainsKey(next2)))
        {
            int y = int.Parse(next, CultureInfo.InvariantCulture);
            return Make(doc, i, i + 2, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), DatePrecision.Year);
        }
        return Explicit(doc, i, end, anchor, future);
    }

    private static bool IsDateStart(Doc doc, int i, int end)
    {
        if (i >= end) return false;
        string w = Low(doc, i);
        return Array.IndexOf(Weekdays, w) >= 0 || Months.ContainsKey(w) || w is "today" or "yesterday" or "tomorrow" or "tonight"
            || (w.Length == 10 && DateOnly.TryParseExact(w, "yyyy-MM-dd", out _)) || (int.TryParse(w, out int d) && d is >= 1 and <= 31 && i + 1 < end && Months.ContainsKey(Low(doc, i + 1)));
    }

    private static DateMention Weekday(Doc doc, int start, int end, int weekday, DateOnly anchor, bool future, int weeksBack)
    {
        var target = (DayOfWeek)((weekday + 1) % 7);
        var date = future ? NextOrSame(anchor, target) : PreviousOrSame(anchor, target);
        if (weeksBack < 0 && date == anchor) date = date.AddDays(-7);
        return Make(doc, start, end, date, date, DatePrecision.Day);
    }

    private static DateMention Relative(Doc doc, int start, int end, string which, string unit, DateOnly anchor)
    {
        int shift = which switch { "last" or "past" => -1, "next" => 1, _ => 0 };
        switch (unit)
        {
            case "week":
            {
                var monday = PreviousOrSame(anchor, DayOfWeek.Monday).AddDays(7 * shift);
                return Make(doc, start, end, monday, monday.AddDays(6), DatePrecision.Week);
            }
            case "weekend":
            {
                var sat = shift > 0 ? NextOrSame(anchor.AddDays(1), DayOfWeek.Saturday) : PreviousOrSame(anchor.AddDays(-1), DayOfWeek.Saturday);
                return Make(doc, start, end, sat, sat.AddDays(1), DatePrecision.Range);
            }
            case "month":
            {
                var first = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(shift);
                return Make(doc, start, end, first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
            }
            default:
            {
                int y = anchor.Year + shift;
                return Make(doc, start, end, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), DatePrecision.Year);
            }
        }
    }

    /// <summary>"over the last 24 hours", "in the past two weeks", "during the last three days".</summary>
    private static DateMention? LastN(Doc doc, int i, int end, DateOnly anchor)
    {
        if (i + 3 >= end) return null;
        string n = i + 3 < end ? Low(doc, i + 3) : "", unit = i + 4 < end ? Low(doc, i + 4) : "";
        int count = n switch { "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "few" => 3, "several" => 5, _ => int.TryParse(n, out int v) ? v : -1 };
        int endTok = i + 5;
        if (count < 0) { unit = n; count = 1; endTok = i + 4; }
        int days = unit.TrimEnd('s') switch { "hour" => Math.Max(1, (count + 23) / 24), "day" => count, "week" => 7 * count, "month" => 30 * count, _ => -1 };
        if (days < 0) return null;
        return Make(doc, i, endTok, anchor.AddDays(-days), anchor, DatePrecision.Range);
    }

    private static DateMention? Explicit(Doc doc, int i, int end, DateOnly anchor, bool future)
    {
        string w = Low(doc, i);
        if (w.Length == 10 && DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return Make(doc, i, i + 1, iso, iso, DatePrecision.Day);
        if (Months.TryGetValue(w, out int month))
        {
            // "April 15", "April 15, 2024", "April 2024"
            if (i + 1 < end && DayNumber(Low(doc, i + 1)) is int day and > 0)
            {
                int stop = i + 2;
                int? year = null;
                if (stop < end && Low(doc, stop) == "," && stop + 1 < end && IsYear(Low(doc, stop + 1))) { year = int.Parse(Low(doc, stop + 1)); stop += 2; }
                else if (stop < end && IsYear(Low(doc, stop))) { year = int.Parse(Low(doc, stop)); stop++; }
                return DayOf(doc, i, stop, year, month, day, anchor, future);
            }
            if (i + 1 < end && IsYear(Low(doc, i + 1)))
            {
                var first = new DateOnly(int.Parse(Low(doc, i + 1)), month, 1);
                return Make(doc, i, i + 2, first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
            }
            return null;
        }
        // "15 April", "15 April 2024"
        if (DayNumber(w) is int d and > 0 && i + 1 < end && Months.TryGetValue(Low(doc, i + 1), out int m2))
        {
            int stop = i + 2;
            int? year = null;
            if (stop < end && IsYear(Low(doc, stop))) { year = int.Parse(Low(doc, stop)); stop++; }
            return DayOf(doc, i, stop, year, m2, d, anchor, future);
        }
        return null;
    }

    private static DateMention? DayOf(Doc doc, int start, int end, int? year, int month, int day, DateOnly anchor, bool future)
    {
        int y = year ?? anchor.Year;
        if (day > DateTime.DaysInMonth(y, month)) return null;
        var date = new DateOnly(y, month, day);
        // Without a year, a date far from the anchor in the wrong direction belongs to the neighbouring year.
        if (year is null && !future && date > anchor.AddDays(31)) date = date.AddYears(-1);
        if (year is null && future && date < anchor.AddDays(-31)) date = date.AddYears(1);
        return Make(doc, start, end, date, date, DatePrecision.Day);
    }

    private static int? DayNumber(string s)
    {
        var t = s.EndsWith("st") || s.EndsWith("nd") || s.EndsWith("rd") || s.EndsWith("th") ? s[..^2] : s;
        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31 ? d : null;
    }

    private static bool IsYear(string s) => s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100;

    private static DateOnly PreviousOrSame(DateOnly d, DayOfWeek day) => d.AddDays(-(((int)d.DayOfWeek - (int)day + 7) % 7));

    private static DateOnly NextOrSame(DateOnly d, DayOfWeek day) => d.AddDays(((int)day - (int)d.DayOfWeek + 7) % 7);

    private static DateMention Make(Doc doc, int first, int end, DateOnly start, DateOnly last, DatePrecision p)
    {
        int cs = doc[first].Start, ce = doc[end - 1].End;
        return new DateMention(doc.Text[cs..ce], cs, ce, first, end, start, last, p);
    }
}
