using System.Text;

namespace Brink.Text.Tests.Tokenization;

public sealed class TokenizerPropertyTests
{
    // Pieces drawn at random: words, the punctuation the rules care about, whitespace, newlines, emoji,
    // valid and lone surrogates, Arabic, control characters.
    private static readonly string[] Pieces =
    [
        "a", "Z", "word", "U.S", "Dr", "don", "t", "s", "n", "1", "42", "3.5", "e", "mail", "http://x.com/a", "www.", "@", "#",
        ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "\"", "'", "’", "‘", "`", "“", "”", "-", "--", "—", "–",
        "…", "...", "•", "$", "%", "&", "/", "*", "_", "=", "+", "<", ">", "^", "|", "\\", "~",
        " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00A0", "\u2028",
        "😀", "👍🏽", "🇺🇦", "\u200D", "\uFE0F", "\uD800", "\uDC00", "\uDBFF\uDFFF", "𝐀",
        "مرحبا", "،", "\u200F", "\u200C", "ـ", "\u0000", "\u001B", "\u0085", "\uFEFF", "\u0301", "é", "ß", "İ",
    ];

    [Fact]
    public void Random_text_always_gives_well_formed_tokens_and_sentences()
    {
        var random = new Random(20240416);
        var builder = new StringBuilder();
        for (int round = 0; round < 2000; round++)
        {
            builder.Clear();
            int pieces = random.Next(0, 60);
            for (int p = 0; p < pieces; p++) builder.Append(Pieces[random.Next(Pieces.Length)]);
            string text = builder.ToString();
            Doc doc;
            try
            {
                doc = TokenizationAssert.Split(text);
            }
            catch (Exception e)
            {
                Assert.Fail($"round {round}: {e.GetType().Name} on {Escape(text)}: {e.Message}");
                return;
            }
            try
            {
                TokenizationAssert.WellFormed(doc);
                TokenizationAssert.SentencesConsistent(doc);
            }
            catch (Exception e)
            {
                Assert.Fail($"round {round} on {Escape(text)}: {e.Message}");
            }
        }
    }

    [Fact]
    public void Random_sentences_longer_than_the_limit_are_cut()
    {
        var random = new Random(11);
        var builder = new StringBuilder();
        for (int i = 0; i < 2000; i++) builder.Append(random.Next(4) == 0 ? ", " : "word ");
        var doc = TokenizationAssert.Split(builder.ToString());
        TokenizationAssert.SentencesConsistent(doc);
        Assert.True(doc.SentenceCount >= 2000 / SentenceSplitter.MaxSentenceTokens);
    }

    private static string Escape(string text)
    {
        var b = new StringBuilder("\"");
        foreach (char c in text) b.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        return b.Append('"').ToString();
    }
}
