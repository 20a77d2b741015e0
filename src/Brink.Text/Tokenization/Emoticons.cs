namespace Brink.Text.Tokenization;

/// <summary>Text emoticons, which EWT keeps as one token (":)", ":-(", "^_^").</summary>
internal static class Emoticons
{
    // Longest first, so ":-)" wins over ":-".
    private static readonly string[] Forms =
    [
        ":'-(", ":-)", ":-(", ";-)", ":-D", ":-P", ":-p", ":'(", "^_^", ":)", ":(", ";)", ":D", ":P", ":p", ":]", ":[",
        ";D", ";P", ";p", "=)", "=(", "(:", ":/", ":o", ":O", "^^", "<3", ";(", "=D", "xD", "XD",
    ];

    /// <summary>Length of the emoticon at <paramref name="i"/>, or 0. It must end the chunk or be followed by punctuation.</summary>
    public static int Match(ReadOnlySpan<char> text, int i, int chunkStart, int chunkEnd)
    {
        char c = text[i];
        if (c is not (':' or ';' or '=' or '^' or '(' or '<' or 'x' or 'X')) return 0;
        var rest = text[i..chunkEnd];
        foreach (var form in Forms)
        {
            if (!rest.StartsWith(form, StringComparison.Ordinal)) continue;
            int end = i + form.Length;
            if (end < chunkEnd && !CharClass.IsPunctuation(text[end])) continue;
            bool needsOwnStart = c is '(' or '=' or '<' or 'x' or 'X' || form == ":/" || form == ":o" || form == ":O";
            if (needsOwnStart && i != chunkStart) continue;
            if (needsOwnStart && end != chunkEnd) continue;
            return form.Length;
        }
        return 0;
    }
}
