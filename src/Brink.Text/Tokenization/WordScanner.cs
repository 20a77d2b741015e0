namespace Brink.Text.Tokenization;

/// <summary>
/// Tokenizes one word-like run: letters and digits joined by connectors (. , : / - ' &amp; @ _ *).
/// It first finds the run, then decides at each connector whether EWT keeps the run whole there
/// ("3.5", "e-mail", "AT&amp;T") or splits it ("Al - Zaman", "do n't"), then whether a following period
/// belongs to the last word ("Dr.").
/// </summary>
internal static class WordScanner
{
    private enum Cut : byte { Keep, Around, After, Clitic, Negation }

    /// <summary>
    /// Writes the tokens of the run whose first letter or digit is at <paramref name="wordStart"/>; the first
    /// token starts at <paramref name="tokenStart"/> (a sign or apostrophe may precede). Returns where scanning resumes.
    /// </summary>
    public static int Scan(ref TokenWriter w, int tokenStart, int wordStart, int chunkEnd)
    {
        ReadOnlySpan<char> text = w.Text;
        var run = Measure(text, wordStart, chunkEnd);
        int end = run.End;
        if (run.Connectors == 0 || run.HasAt) return EmitLast(ref w, tokenStart, end, chunkEnd, TokenFlags.None, run.Connectors == 0);
        if (run.DomainSlash) return EmitUrl(ref w, tokenStart, chunkEnd);

        int pieceStart = tokenStart, segStart = wordStart, k = wordStart;
        var cont = TokenFlags.None;
        while (true)
        {
            k = SkipWord(text, k, end);
            if (k >= end) break;
            int rightEnd = SkipWord(text, k + 1, end);
            switch (Decide(text, text[k], pieceStart, segStart, k, rightEnd, end, run))
            {
                case Cut.Around:
                    w.Emit(pieceStart, k, cont);
                    w.Emit(k, k + 1);
                    cont = TokenFlags.None;
                    pieceStart = k + 1;
                    break;
                case Cut.After:
                    w.Emit(pieceStart, k + 1, cont);
                    cont = TokenFlags.None;
                    pieceStart = k + 1;
                    break;
                case Cut.Clitic:
                    w.Emit(pieceStart, k, cont);
                    cont = TokenFlags.MultiwordContinuation;
                    pieceStart = k;
                    break;
                case Cut.Negation:
                    w.Emit(pieceStart, k - 1, cont);
                    cont = TokenFlags.MultiwordContinuation;
                    pieceStart = k - 1;
                    break;
            }
            segStart = k + 1;
            k = rightEnd;
        }
        return EmitLast(ref w, pieceStart, end, chunkEnd, cont, plain: false);
    }

    private readonly record struct Run(int End, int Connectors, int Hyphens, int Slashes, bool Numeric, bool HasAt, bool DomainSlash);

    private static Run Measure(ReadOnlySpan<char> text, int start, int chunkEnd)
    {
        int end = start, connectors = 0, hyphens = 0, slashes = 0, lastDot = -1;
        bool numeric = true, hasAt = false, domainSlash = false;
        while (end < chunkEnd)
        {
            int width = CharClass.WordWidth(text, end);
            if (width > 0)
            {
                numeric &= char.IsAsciiDigit(text[end]);
                end += width;
                continue;
            }
            char c = text[end];
            if (c == '.' && ObscuredAt(text, end, chunkEnd) is int dots and > 0)
            {
                // "franz371...@gmail.com": mailing-list archives hide part of the address.
                connectors++;
                hasAt = true;
                end += dots;
                continue;
            }
            if (!IsConnector(c) || end + 1 >= chunkEnd || CharClass.WordWidth(text, end + 1) == 0) break;
            connectors++;
            switch (c)
            {
                case '-': hyphens++; break;
                case '@': hasAt = true; break;
                case '.': lastDot = end; break;
                case '/':
                    if (slashes++ == 0 && lastDot > start && UrlMatcher.IsTld(text[(lastDot + 1)..end])) domainSlash = true;
                    break;
            }
            numeric &= c is '.' or ',' or ':' or '/' or '-';
            end++;
        }
        return new Run(end, connectors, hyphens, slashes, numeric, hasAt, domainSlash);
    }

    private static bool IsConnector(char c) => c is '.' or ',' or ':' or '/' or '-' or '&' or '@' or '_' or '*' || CharClass.IsApostrophe(c);

    /// <summary>Length of "...@" plus nothing else when periods hide the end of an e-mail user name, else 0.</summary>
    private static int ObscuredAt(ReadOnlySpan<char> text, int i, int chunkEnd)
    {
        int j = i;
        while (j < chunkEnd && j - i < 4 && text[j] == '.') j++;
        return j - i >= 2 && j + 1 < chunkEnd && text[j] == '@' && CharClass.WordWidth(text, j + 1) > 0 ? j + 1 - i : 0;
    }

    private static int SkipWord(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end)
        {
            int width = CharClass.WordWidth(text, i);
            if (width == 0) break;
            i += width;
        }
        return i;
    }

    private static Cut Decide(ReadOnlySpan<char> text, char c, int pieceStart, int segStart, int k, int rightEnd, int end, in Run run)
    {
        var left = text[segStart..k];
        var right = text[(k + 1)..rightEnd];
        bool digitLeft = char.IsAsciiDigit(left[^1]), digitRight = char.IsAsciiDigit(right[0]);
        switch (c)
        {
            case '.':
                bool nameRight = right.Length >= 2 && CharClass.IsUpper(right[0]) && CharClass.IsLower(right[1]);
                if (right.Length >= 2 && Abbreviations.Lookup(text[pieceStart..(k + 1)]) != AbbreviationKind.None) return Cut.After;
                if (nameRight && left.Length == 1 && CharClass.IsUpper(left[0])) return Cut.After; // "J.Aron"
                if (nameRight && left.Length >= 2 && CharClass.IsLower(left[^1]) && char.IsLetter(left[0])
                    && !(rightEnd == end && UrlMatcher.IsTld(right))) return Cut.Around; // "Sushi.They", not "Newsfeed.Com"
                return Cut.Keep;
            case ',':
                return digitLeft && LeadingDigits(right) is >= 1 and <= 3 ? Cut.Keep : Cut.Around; // "1,000", "3,5", "1,000MW"; not "11,2000"
            case ':':
                return digitLeft && digitRight ? Cut.Keep : Cut.Around;
            case '/':
                if (digitLeft && digitRight)
                    return run.Numeric && run.Slashes == 1 && left.Length == 1 && right.Length == 1 ? Cut.Around : Cut.Keep;
                return left.Length == 1 && (right.Length == 1 || (left[0] | 0x20) == 'w') ? Cut.Keep : Cut.Around;
            case '-':
                if (digitLeft && digitRight && IsDigits(left) && IsDigits(right))
                    return !run.Numeric || run.Hyphens >= 2 || (right.Length == 4 && left.Length != 4) ? Cut.Keep : Cut.Around; // phones, ZIP+4; not "1969-1970"
                if ((digitLeft && WordLists.IsMonth(right)) || (digitRight && WordLists.IsMonth(left))) return Cut.Keep; // "01-Feb-02"
                return WordLists.IsHyphenPrefix(left) ? Cut.Keep : Cut.Around;
            case '\'' or '\u2019' or '`' or '\u00B4':
                if (rightEnd == end)
                {
                    if (Contractions.IsNegation(left, right)) return Cut.Negation;
                    if (Contractions.IsClitic(right)) return Cut.Clitic;
                }
                return digitLeft && digitRight && IsDigits(left) && IsDigits(right) ? Cut.Around : Cut.Keep;
            default:
                return Cut.Keep;
        }
    }

    /// <summary>
    /// Writes the run's last word, splitting apostrophe-less contractions ("dont") and glued units ("5pm"),
    /// and taking a following period when the word is an abbreviation or initial that does not end the sentence.
    /// Only a <paramref name="plain"/> word (no connectors) can be an apostrophe-less contraction.
    /// </summary>
    private static int EmitLast(ref TokenWriter w, int start, int end, int chunkEnd, TokenFlags cont, bool plain)
    {
        ReadOnlySpan<char> text = w.Text;
        var word = text[start..end];
        if (cont == TokenFlags.None)
        {
            int unit = UnitSplit(word);
            if (unit > 0)
            {
                w.Emit(start, start + unit);
                return EmitLast(ref w, start + unit, end, chunkEnd, TokenFlags.None, plain: false); // "5a.m." = "5" + "a.m."
            }
            if (end < chunkEnd && TakesMark(text, word, end, chunkEnd))
            {
                w.Emit(start, end + 1);
                return end + 1;
            }
            bool multiword = false;
            int split = plain ? Contractions.UnmarkedSplit(word, out multiword) : 0;
            if (split > 0)
            {
                w.Emit(start, start + split);
                w.Emit(start + split, end, multiword ? TokenFlags.MultiwordContinuation : TokenFlags.None);
                return end;
            }
        }
        w.Emit(start, end, cont);
        return end;
    }

    /// <summary>Whether the period (or "!" of "Yahoo!") at <paramref name="periodAt"/> belongs to <paramref name="word"/>.</summary>
    private static bool TakesMark(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int periodAt, int chunkEnd)
    {
        if (text[periodAt] == '!') return word is "Yahoo";
        if (text[periodAt] != '.') return false;
        // "etc..." is "etc" + ellipsis, but "Inc.." is "Inc." + ".".
        int dots = 1;
        while (periodAt + dots < chunkEnd && dots < 3 && text[periodAt + dots] == '.') dots++;
        if (dots == 3) return false;
        var kind = Abbreviations.Lookup(text[(periodAt - word.Length)..(periodAt + 1)]);
        if (kind == AbbreviationKind.None && (IsInitial(word) || IsDotted(word))) kind = AbbreviationKind.Other;
        return kind switch
        {
            AbbreviationKind.Title => true,
            AbbreviationKind.Other => dots == 2 || !SentenceEndLookahead.EndsSentence(text, periodAt + 1, chunkEnd),
            _ => false,
        };
    }

    private static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 1 && CharClass.IsUpper(word[0]);

    /// <summary>Letters in groups of one or two joined by periods: "U.S", "e.g", "a.m", "Ph.D".</summary>
    private static bool IsDotted(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 12 || word.IndexOf('.') < 0) return false;
        int group = 0;
        foreach (char c in word)
        {
            if (c == '.') { group = 0; continue; }
            if (!char.IsLetter(c) || ++group > 2) return false;
        }
        return true;
    }

    /// <summary>Where a number glued to its unit ("5pm", "398,487MMBTU") splits, or 0.</summary>
    private static int UnitSplit(ReadOnlySpan<char> word)
    {
        if (!char.IsAsciiDigit(word[0])) return 0;
        int i = 1;
        while (i < word.Length && (char.IsAsciiDigit(word[i]) || word[i] is '.' or ',' or ':')) i++;
        return i < word.Length && WordLists.IsUnit(word[i..]) ? i : 0;
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => CharClass.IsDigits(s);

    private static int LeadingDigits(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i;
    }

    private static int EmitUrl(ref TokenWriter w, int start, int chunkEnd)
    {
        int end = UrlMatcher.FindEnd(w.Text, start, chunkEnd);
        w.Emit(start, end);
        return end;
    }
}
