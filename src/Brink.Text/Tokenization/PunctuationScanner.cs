namespace Brink.Text.Tokenization;

/// <summary>
/// Tokenizes punctuation: ellipses and "?!" runs, dashes, decorative rules ("=====") as one token,
/// quotes and brackets one each; also handles, hashtags and signed numbers, which start with punctuation.
/// </summary>
internal static class PunctuationScanner
{
    /// <summary>Writes the token(s) starting with the punctuation at <paramref name="i"/>; returns where scanning resumes.</summary>
    public static int Scan(ref TokenWriter w, int i, int chunkStart, int chunkEnd)
    {
        ReadOnlySpan<char> text = w.Text;
        char c = text[i];
        int emoticon = Emoticons.Match(text, i, chunkStart, chunkEnd);
        if (emoticon > 0)
        {
            w.Emit(i, i + emoticon);
            return i + emoticon;
        }
        bool next = i + 1 < chunkEnd;
        bool atStart = i == chunkStart || IsOpener(text[i - 1]);
        switch (c)
        {
            case '@' or '#' when next && atStart && (char.IsAsciiLetter(text[i + 1]) || (c == '@' && (text[i + 1] == '_' || char.IsAsciiDigit(text[i + 1])))):
                return EmitHandle(ref w, i, chunkEnd);
            case '-' or '+' when next && atStart && char.IsAsciiDigit(text[i + 1]):
                return WordScanner.Scan(ref w, i, i + 1, chunkEnd);
            case '\'' or '\u2018' or '\u2019' or '`':
                return ScanApostrophe(ref w, i, chunkStart, chunkEnd);
        }
        int j = i + 1;
        if (c == '.' && FileExtensionEnd(text, i, chunkEnd) is int ext and > 0) j = ext;
        else if (c is '.' or '!' or '?' or '\u2026') j = SentencePunctEnd(text, i, chunkEnd);
        else if (IsRule(c)) while (j < chunkEnd && IsRule(text[j])) j++;
        else if (!IsSingle(c)) while (j < chunkEnd && text[j] == c) j++;
        w.Emit(i, j);
        return j;
    }

    /// <summary>Characters after which a word starts fresh: brackets and opening quotes.</summary>
    public static bool IsOpener(char c) => c is '(' or '[' or '{' or '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '$' or '/';

    /// <summary>End of a file extension written on its own (".doc", "(draft).pdf"), or 0.</summary>
    private static int FileExtensionEnd(ReadOnlySpan<char> text, int i, int chunkEnd)
    {
        int j = i + 1;
        while (j < chunkEnd && j - i <= 5 && char.IsAsciiLetter(text[j])) j++;
        if (j < chunkEnd && CharClass.WordWidth(text, j) > 0) return 0;
        return WordLists.IsFileExtension(text[(i + 1)..j]) ? j : 0;
    }

    /// <summary>
    /// End of a run of sentence punctuation as EWT groups it: "..." and "…" alone, but ".?", "?!", "!!!." together.
    /// </summary>
    private static int SentencePunctEnd(ReadOnlySpan<char> text, int i, int chunkEnd)
    {
        int j = i + 1;
        switch (text[i])
        {
            case '.':
                while (j < chunkEnd && text[j] == '.') j++;
                if (j == i + 1) while (j < chunkEnd && text[j] is '!' or '?') j++;
                return j;
            case '\u2026':
                while (j < chunkEnd && text[j] is '\u2026' or '.') j++;
                return j;
            default:
                while (j < chunkEnd && text[j] is '!' or '?') j++;
                if (j < chunkEnd && text[j] == '.' && (j + 1 == chunkEnd || text[j + 1] != '.')) j++;
                return j;
        }
    }

    private static bool IsRule(char c) => c is '-' or '=' or '_' or '*' or '~' or '#' or '+';

    private static bool IsSingle(char c) => c is '(' or ')' or '[' or ']' or '{' or '}' or '"' or '\u201C' or '\u201D'
        or '\u00AB' or '\u00BB' or '\u2022';

    private static bool IsQuoteLike(char c) => c is '\'' or '\u2018' or '\u2019' or '`';

    private static int EmitHandle(ref TokenWriter w, int i, int chunkEnd)
    {
        ReadOnlySpan<char> text = w.Text;
        int j = i + 1;
        while (j < chunkEnd && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '_'
            || (text[j] == '.' && j + 1 < chunkEnd && char.IsAsciiLetterOrDigit(text[j + 1])))) j++; // "@paulhastings.com"
        w.Emit(i, j);
        return j;
    }

    private static int ScanApostrophe(ref TokenWriter w, int i, int chunkStart, int chunkEnd)
    {
        ReadOnlySpan<char> text = w.Text;
        char c = text[i];
        int j = i + 1;
        while (j < chunkEnd && IsQuoteLike(text[j])) j++;
        if (j - i >= 2)
        {
            w.Emit(i, j); // '' `` ’’ written as one quote
            return j;
        }
        bool opening = (i == chunkStart || IsOpener(text[i - 1])) && j < chunkEnd;
        if (!opening)
        {
            bool afterS = i > chunkStart && w.LastEnd == i && (text[i - 1] | 0x20) == 's' && c != '\u2018';
            if (afterS && !w.SingleQuoteOpen)
            {
                w.Emit(i, j, TokenFlags.MultiwordContinuation); // plural possessive: "parents'"
                return j;
            }
            w.Emit(i, j);
            w.SingleQuoteOpen = false;
            return j;
        }
        // '90s, 'em, 'til keep their apostrophe.
        if (i + 2 < chunkEnd && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
            && (i + 3 == chunkEnd || !char.IsAsciiDigit(text[i + 3])))
            return WordScanner.Scan(ref w, i, i + 1, chunkEnd);
        int k = i + 1;
        while (k < chunkEnd && k - i <= 6 && char.IsAsciiLetter(text[k])) k++;
        if (k > i + 1 && (k == chunkEnd || CharClass.WordWidth(text, k) == 0) && Contractions.IsApostropheInitial(text[(i + 1)..k]))
        {
            w.Emit(i, k);
            return k;
        }
        w.Emit(i, j);
        w.SingleQuoteOpen = c != '\u2019' || w.SingleQuoteOpen;
        return j;
    }
}
