using System.Globalization;
using System.Text;

namespace Brink.Text.Tokenization;

/// <summary>Character classes the tokenizer works with, decided per UTF-16 code unit (or surrogate pair).</summary>
internal static class CharClass
{
    /// <summary>
    /// Whitespace, control characters and the invisible zero-width space / byte order mark: they separate
    /// tokens and are never part of one, so garbage bytes in scraped text cannot glue words together.
    /// </summary>
    public static bool IsSeparator(char c)
    {
        if (c <= ' ') return true;
        if (c < '\u007F') return false;
        if (c <= '\u00A0') return true; // DEL, C1 controls, no-break space
        return c == '\u200B' || c == '\uFEFF' || c == '\u2060' || char.IsWhiteSpace(c);
    }

    /// <summary>
    /// Length (1 or 2) of the letter, digit, mark or format character at <paramref name="i"/>, or 0 when
    /// the character there cannot be part of a word. A surrogate pair counts only when it is a letter
    /// or digit, so emoji never join words and lone surrogates stand alone.
    /// </summary>
    public static int WordWidth(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 128) return char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        if (char.IsSurrogate(c))
        {
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[i + 1]);
                return Rune.IsLetterOrDigit(rune) ? 2 : 0;
            }
            return 0;
        }
        if (IsEmojiExtender(c)) return 0;
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format: // soft hyphen, ZWNJ and bidi marks live inside words
                return 1;
            default:
                return 0;
        }
    }

    /// <summary>Variation selectors, zero-width joiner and the keycap mark continue an emoji, not a word.</summary>
    public static bool IsEmojiExtender(char c) => c is >= '\uFE00' and <= '\uFE0F' or '\u200D' or '\u20E3';

    /// <summary>
    /// Length of the symbol at <paramref name="i"/> with everything that renders as one glyph with it:
    /// variation selectors, skin tones, zero-width-joined symbols, keycaps, tag sequences, flag pairs.
    /// </summary>
    public static int SymbolClusterLength(ReadOnlySpan<char> text, int i)
    {
        int j = i + BaseWidth(text, i);
        bool flag = IsRegionalIndicator(text, i);
        while (j < text.Length)
        {
            char c = text[j];
            if (c == '\u200D')
            {
                j++;
                if (j < text.Length && !IsSeparator(text[j]) && WordWidth(text, j) == 0 && !IsAsciiPunctuation(text[j]))
                    j += BaseWidth(text, j);
                continue;
            }
            if (IsEmojiExtender(c)) { j++; continue; }
            if (char.IsHighSurrogate(c) && j + 1 < text.Length && char.IsLowSurrogate(text[j + 1]))
            {
                int cp = char.ConvertToUtf32(c, text[j + 1]);
                bool skinTone = cp is >= 0x1F3FB and <= 0x1F3FF;
                bool tag = cp is >= 0xE0020 and <= 0xE007F;
                if (skinTone || tag) { j += 2; continue; }
                if (flag && IsRegionalIndicator(text, j)) { j += 2; flag = false; continue; }
            }
            break;
        }
        return j - i;
    }

    /// <summary>
    /// Line breaks in a run of separators: CR LF counts once, a paragraph separator or form feed twice, so
    /// "two or more" always means a blank line or an explicit paragraph break.
    /// </summary>
    public static int CountLineBreaks(ReadOnlySpan<char> gap)
    {
        int count = 0;
        for (int i = 0; i < gap.Length; i++)
        {
            switch (gap[i])
            {
                case '\n' or '\u2028' or '\u0085' or '\v': count++; break;
                case '\r': if (i + 1 >= gap.Length || gap[i + 1] != '\n') count++; break;
                case '\u2029' or '\f': count += 2; break;
            }
        }
        return count;
    }

    /// <summary>Printable ASCII that is neither letter nor digit: punctuation and the symbols $ + &lt; = &gt; ^ ` | ~.</summary>
    public static bool IsAsciiPunctuation(char c) => c is > ' ' and < '\u007F' && !char.IsAsciiLetterOrDigit(c);

    /// <summary>Whether <paramref name="c"/> is punctuation (ASCII or Unicode P* categories).</summary>
    public static bool IsPunctuation(char c)
    {
        if (c < 128) return IsAsciiPunctuation(c);
        if (char.IsSurrogate(c)) return false;
        return char.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`' or '\u00B4';

    /// <summary>Whether every character is an ASCII digit (a loop: the span helpers allocate for char ranges).</summary>
    public static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    public static bool IsUpper(char c) => c < 128 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    public static bool IsLower(char c) => c < 128 ? char.IsAsciiLetterLower(c) : char.IsLower(c);

    private static int BaseWidth(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    private static bool IsRegionalIndicator(ReadOnlySpan<char> text, int i) =>
        text[i] == '\uD83C' && i + 1 < text.Length && text[i + 1] is >= '\uDDE6' and <= '\uDDFF';
}
