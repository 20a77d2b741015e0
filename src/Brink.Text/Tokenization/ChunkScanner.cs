namespace Brink.Text.Tokenization;

/// <summary>Tokenizes one chunk: a maximal run of characters without whitespace.</summary>
internal static class ChunkScanner
{
    public static void Scan(ref TokenWriter w, int start, int end)
    {
        ReadOnlySpan<char> text = w.Text;
        int i = start;
        while (i < end)
        {
            if (CharClass.WordWidth(text, i) > 0)
            {
                int url = UrlMatcher.MatchScheme(text, i, end);
                if (url > i)
                {
                    w.Emit(i, url);
                    i = url;
                }
                else
                {
                    i = WordScanner.Scan(ref w, i, i, end);
                }
            }
            else if (CharClass.IsPunctuation(text[i]))
            {
                i = PunctuationScanner.Scan(ref w, i, start, end);
            }
            else
            {
                // Emoji, symbols, lone surrogates: one token per rendered glyph.
                int length = Math.Min(CharClass.SymbolClusterLength(text, i), end - i);
                w.Emit(i, i + length);
                i += length;
            }
        }
    }
}
