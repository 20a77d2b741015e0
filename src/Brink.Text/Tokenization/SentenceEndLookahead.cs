namespace Brink.Text.Tokenization;

/// <summary>
/// Decides whether the period after an abbreviation also ends the sentence. EWT then writes the period as
/// its own token ("... and so on, etc ." / "in the U.S ."), so the tokenizer has to look ahead.
/// </summary>
internal static class SentenceEndLookahead
{
    /// <summary>Whether the sentence ends at <paramref name="afterPeriod"/>, judged by what follows.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text, int afterPeriod, int chunkEnd)
    {
        int p = afterPeriod;
        while (p < chunkEnd && IsCloser(text[p])) p++;
        if (p < chunkEnd) return false; // "U.S.-led", "etc.,"
        int gapStart = p;
        while (p < text.Length && CharClass.IsSeparator(text[p])) p++;
        if (p == text.Length) return true;
        int breaks = CharClass.CountLineBreaks(text[gapStart..p]);
        if (breaks >= 2) return true;
        char c = text[p];
        if (!CharClass.IsUpper(c)) return false;
        if (breaks == 1) return true;
        int q = p + 1;
        while (q < text.Length && q - p <= 10 && char.IsAsciiLetter(text[q])) q++;
        return WordLists.IsSentenceStarter(text[p..q]);
    }

    /// <summary>Closing quotes and brackets, which stay with the sentence they close.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u203A';
}
