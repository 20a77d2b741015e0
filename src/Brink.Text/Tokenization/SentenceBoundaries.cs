using System.Buffers;

namespace Brink.Text.Tokenization;

/// <summary>
/// The punctuation and layout rules behind <see cref="SentenceSplitter"/>, run left to right over the
/// tokens: an end mark (". ! ? …") opens a possible boundary, closing quotes and brackets join the
/// sentence they close, and the next token decides.
/// </summary>
internal struct SentenceBoundaries
{
    private enum Ender : byte { None, Strong, Ellipsis }

    private static readonly SearchValues<char> EndMarks = SearchValues.Create(".!?\u2026");
    private static readonly SearchValues<char> StrongMarks = SearchValues.Create("!?");

    private Ender _pending;
    private bool _pendingQuoted;
    private bool _doubleQuoteOpen;
    private bool _singleQuoteOpen;

    /// <summary>Whether token <paramref name="i"/> (not the first) starts a sentence; call for each token in order.</summary>
    public bool StartsSentence(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int i)
    {
        var flags = tokens[i].Flags;
        var token = text.Slice(tokens[i].Start, tokens[i].Length);
        var previous = text.Slice(tokens[i - 1].Start, tokens[i - 1].Length);
        // Glued to a word or mark before it, a quote closes; after a space or an opening bracket, it opens.
        bool attached = (tokens[i - 1].Flags & TokenFlags.SpaceAfter) == 0 && previous is not ("(" or "[" or "{");
        bool start;
        if ((flags & TokenFlags.ParagraphStart) != 0)
        {
            _doubleQuoteOpen = _singleQuoteOpen = false;
            start = (flags & TokenFlags.MultiwordContinuation) == 0;
        }
        else if ((flags & TokenFlags.MultiwordContinuation) != 0)
        {
            start = false;
        }
        else if (_pending != Ender.None)
        {
            if (IsClosing(token, attached))
            {
                _pendingQuoted |= token[0] is not (')' or ']' or '}');
                if (token is "\"" or "\u201D") _doubleQuoteOpen = false;
                else if (token is "'" or "\u2019") _singleQuoteOpen = false;
                return false;
            }
            start = _pending == Ender.Strong
                ? (CharClass.IsLower(token[0]) ? !_pendingQuoted : !IsContinuingPunctuation(token[0])) // "Stop!" he said.
                : CharClass.IsUpper(token[0]);
        }
        else
        {
            start = token is "\u2022" || (LineBreakBefore(text, tokens, i) && StartsLine(token[0]) && !ExpectsContinuation(previous))
                || (previous is ":" && CharClass.IsUpper(token[0]) && AfterLabel(text, tokens, i - 1));
        }
        Track(token, attached);
        if (_pending != Ender.None && token is "." && IsListNumber(text, tokens, i - 1)) _pending = Ender.None;
        return start;
    }

    /// <summary>
    /// Records what <paramref name="token"/> opens: a possible sentence end, or a quotation; a straight quote
    /// <paramref name="attached"/> to the word before it closes one instead.
    /// </summary>
    public void Track(ReadOnlySpan<char> token, bool attached)
    {
        _pending = Classify(token);
        _pendingQuoted = false;
        if (token is "\"") _doubleQuoteOpen = !(_doubleQuoteOpen || attached);
        else if (token is "'" or "`") _singleQuoteOpen = !(_singleQuoteOpen || attached);
        else if (token is "\u201C") _doubleQuoteOpen = true;
        else if (token is "\u201D") _doubleQuoteOpen = false;
    }

    /// <summary>
    /// Whether the colon at <paramref name="colon"/> ends a short capitalized label that opens a paragraph or
    /// bullet ("Why it matters:", "Zoom in:", "Driving the news:"): news layouts put whole sentences after them.
    /// </summary>
    private static bool AfterLabel(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int colon)
    {
        for (int k = colon - 1; k >= 0 && k >= colon - 3; k--)
        {
            var word = text.Slice(tokens[k].Start, tokens[k].Length);
            if (!char.IsLetter(word[0])) return false;
            bool opens = k == 0 || (tokens[k].Flags & TokenFlags.ParagraphStart) != 0 || text.Slice(tokens[k - 1].Start, tokens[k - 1].Length) is "\u2022";
            if (opens) return CharClass.IsUpper(word[0]);
        }
        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is a one- or two-digit number opening a line, as in a "1." list item.</summary>
    private static bool IsListNumber(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int k)
    {
        var number = text.Slice(tokens[k].Start, tokens[k].Length);
        if (number.Length > 2 || !CharClass.IsDigits(number)) return false;
        return k == 0 || (tokens[k].Flags & TokenFlags.ParagraphStart) != 0 || LineBreakBefore(text, tokens, k);
    }

    /// <summary>Where to cut a sentence that grew to <paramref name="at"/> without an end: after the last ; : dash or comma in its second half.</summary>
    public static int BestCut(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int sentenceStart, int at)
    {
        int best = -1, bestRank = 0;
        for (int k = at - 1; k > sentenceStart + (at - sentenceStart) / 2; k--)
        {
            if ((tokens[k + 1].Flags & TokenFlags.MultiwordContinuation) != 0) continue;
            int rank = text.Slice(tokens[k].Start, tokens[k].Length) switch
            {
                ";" => 3,
                ":" or "\u2014" or "\u2013" or "--" => 2,
                "," => 1,
                _ => 0,
            };
            if (rank > bestRank) (best, bestRank) = (k + 1, rank);
            if (rank == 3) break;
        }
        if (best > 0) return best;
        while (at > sentenceStart + 1 && (tokens[at].Flags & TokenFlags.MultiwordContinuation) != 0) at--;
        return at;
    }

    private static Ender Classify(ReadOnlySpan<char> token)
    {
        if (token.Length is 2 or 3 && token[0] is ':' or ';' && token[^1] is ')' or '(' or 'D' or 'P') return Ender.Ellipsis; // ":)" ends web sentences
        if (token[0] is not ('.' or '!' or '?' or '\u2026')) return Ender.None;
        if (token.ContainsAnyExcept(EndMarks)) return Ender.None;
        if (token.ContainsAny(StrongMarks)) return Ender.Strong;
        return token is "." ? Ender.Strong : Ender.Ellipsis;
    }

    /// <summary>Whether <paramref name="token"/>, right after an end mark, closes a quotation or bracket.</summary>
    private readonly bool IsClosing(ReadOnlySpan<char> token, bool attached) => token switch
    {
        "\"" => attached || _doubleQuoteOpen,
        "'" => attached || _singleQuoteOpen,
        ")" or "]" or "}" or "\u201D" or "\u2019" or "\u00BB" or "''" => true,
        _ => false,
    };

    private static bool IsContinuingPunctuation(char c) => c is ',' or ';' or ':' or ')' or ']' or '}' or '%';

    private static bool LineBreakBefore(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int i)
    {
        int gapStart = tokens[i - 1].Start + tokens[i - 1].Length;
        return gapStart < tokens[i].Start && CharClass.CountLineBreaks(text[gapStart..tokens[i].Start]) > 0;
    }

    private static bool StartsLine(char c) => CharClass.IsUpper(c) || char.IsAsciiDigit(c) || c is '"' or '\u201C' or '\u2022';

    /// <summary>A line that ends in a comma, a dash or a word like "the" or "and" runs on into the next line.</summary>
    private static bool ExpectsContinuation(ReadOnlySpan<char> last)
    {
        if (last.Length == 1 && CharClass.IsPunctuation(last[0]))
            return last[0] is not ('"' or '\u201D' or '\'' or '\u2019' or ')' or ']');
        return WordLists.IsRunOnWord(last);
    }
}
