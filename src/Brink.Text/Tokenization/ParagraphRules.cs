namespace Brink.Text.Tokenization;

/// <summary>
/// Decides which line breaks start a paragraph: blank lines, bullet lines, and the line after a heading
/// or dateline (a short or title-cased line without final punctuation).
/// </summary>
internal static class ParagraphRules
{
    private const int MaxHeadingTokens = 14;

    /// <summary>
    /// Whether the chunk at <paramref name="next"/>, first on its line after <paramref name="lineBreaks"/> line breaks,
    /// starts a paragraph, given the tokens of the previous line (from <paramref name="lineFirstToken"/> on).
    /// </summary>
    public static bool StartsParagraph(Doc doc, int lineFirstToken, int lineBreaks, int next, int nextChunkEnd)
    {
        if (lineBreaks >= 2) return true;
        ReadOnlySpan<char> text = doc.Text;
        if (IsBullet(text, next, nextChunkEnd)) return true;
        char first = text[next];
        bool opensLine = CharClass.IsUpper(first) || char.IsAsciiDigit(first) || first is '"' or '\u201C' or '\'' or '\u2018';
        return opensLine && IsHeading(doc, lineFirstToken);
    }

    /// <summary>"•", "·", "▪" and friends, or "-", "*", "–", "—" standing alone before the item.</summary>
    public static bool IsBullet(ReadOnlySpan<char> text, int start, int chunkEnd)
    {
        char c = text[start];
        if (c is '\u2022' or '\u00B7' or '\u25AA' or '\u25E6' or '\u2023' or '\u25CF' or '\u25A0' or '\u25BA' or '\u2043') return true;
        return c is '-' or '*' or '\u2013' or '\u2014' && chunkEnd == start + 1;
    }

    private static bool IsHeading(Doc doc, int lineFirstToken)
    {
        int count = doc.Count - lineFirstToken;
        if (count <= 0 || count > MaxHeadingTokens) return false;
        var lastToken = doc.Data(doc.Count - 1);
        char last = doc.Text[lastToken.End - 1];
        if (CharClass.IsPunctuation(last) && last is not ('"' or '\u201D' or '\'' or '\u2019') || last is '&') return false;
        if (WordLists.IsRunOnWord(doc.Text.AsSpan(lastToken.Start, lastToken.Length))) return false;
        if (count <= 6) return true;
        int upper = 0, lower = 0;
        for (int t = lineFirstToken; t < doc.Count; t++)
        {
            char c = doc.Text[doc.Data(t).Start];
            if (CharClass.IsUpper(c)) upper++;
            else if (CharClass.IsLower(c)) lower++;
        }
        return upper * 10 >= (upper + lower) * 6;
    }
}
