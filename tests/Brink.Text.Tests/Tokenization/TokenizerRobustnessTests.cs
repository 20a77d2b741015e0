using System.Diagnostics;

namespace Brink.Text.Tests.Tokenization;

public sealed class TokenizerRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" \t\r\n\n\u00A0\u2028\u2029\u3000 ")]
    [InlineData("\u200B\uFEFF")]
    public void Empty_and_blank_text_gives_no_tokens_and_no_sentences(string text)
    {
        var doc = TokenizationAssert.Split(text);
        Assert.Equal(0, doc.Count);
        Assert.Equal(0, doc.SentenceCount);
    }

    [Fact]
    public void Control_characters_separate_tokens_and_are_never_inside_one()
    {
        var doc = TokenizationAssert.Split("abc\u0000def\u0007ghi\u001B[x\u007Fjkl\u0085mno\u009Fpq");
        TokenizationAssert.WellFormed(doc);
        Assert.Equal(["abc", "def", "ghi", "[", "x", "jkl", "mno", "pq"], doc.Tokens.Select(t => t.Text).ToArray());
    }

    [Fact]
    public void Emoji_are_separate_tokens_and_surrogate_pairs_are_never_split()
    {
        const string text = "Great😀news👍🏽!🇺🇦 family👨‍👩‍👧 ok❤️";
        var doc = TokenizationAssert.Split(text);
        TokenizationAssert.WellFormed(doc);
        Assert.Equal(["Great", "😀", "news", "👍🏽", "!", "🇺🇦", "family", "👨‍👩‍👧", "ok", "❤️"], doc.Tokens.Select(t => t.Text).ToArray());
    }

    [Fact]
    public void Letters_outside_the_basic_plane_stay_in_their_word()
    {
        var doc = TokenizationAssert.Tokenize("𝐀𝐁𝐂 𠜎𠜱 done");
        Assert.Equal(["𝐀𝐁𝐂", "𠜎𠜱", "done"], doc.Tokens.Select(t => t.Text).ToArray());
    }

    [Fact]
    public void Right_to_left_text_tokenizes_by_words_and_punctuation()
    {
        var doc = TokenizationAssert.Split("قال الرئيس، إن المحادثات «مستمرة». שלום עולם!");
        TokenizationAssert.WellFormed(doc);
        Assert.Equal(["قال", "الرئيس", "،", "إن", "المحادثات", "«", "مستمرة", "»", ".", "שלום", "עולם", "!"],
            doc.Tokens.Select(t => t.Text).ToArray());
        Assert.Equal(2, doc.SentenceCount);
    }

    [Fact]
    public void Bidi_and_zero_width_joiners_stay_inside_words()
    {
        var doc = TokenizationAssert.Tokenize("\u200Fمرحبا\u200F and می\u200Cخواهم");
        Assert.Equal(["\u200Fمرحبا\u200F", "and", "می\u200Cخواهم"], doc.Tokens.Select(t => t.Text).ToArray());
    }

    [Theory]
    [InlineData("abc\uD800def")]
    [InlineData("\uDC00abc")]
    [InlineData("abc\uD83D")]
    [InlineData("\uDE00\uD83D")]
    [InlineData("a.\uD800.b")]
    [InlineData("don'\uDC00t")]
    public void Lone_surrogates_become_their_own_tokens(string text)
    {
        var doc = TokenizationAssert.Split(text);
        TokenizationAssert.WellFormed(doc);
        TokenizationAssert.SentencesConsistent(doc);
        foreach (var t in doc.Tokens)
            if (t.Span.ContainsAnyInRange('\uD800', '\uDFFF')) Assert.Equal(1, t.Span.Length);
    }

    [Fact]
    public void A_five_megabyte_line_without_spaces_tokenizes_quickly()
    {
        var random = new Random(7);
        var chars = new char[5_000_000];
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789.,-'/:@&_";
        for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        var text = new string(chars);
        var watch = Stopwatch.StartNew();
        var doc = TokenizationAssert.Split(text);
        watch.Stop();
        TokenizationAssert.WellFormed(doc);
        TokenizationAssert.SentencesConsistent(doc);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData('a')]
    [InlineData('.')]
    [InlineData('-')]
    [InlineData('\'')]
    public void A_five_megabyte_run_of_one_character_tokenizes_quickly(char c)
    {
        var text = new string(c, 5_000_000);
        var watch = Stopwatch.StartNew();
        var doc = TokenizationAssert.Split(text);
        watch.Stop();
        TokenizationAssert.WellFormed(doc);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Tokenizing_a_document_that_has_tokens_throws()
    {
        var doc = TokenizationAssert.Tokenize("Already done.");
        var error = Assert.Throws<InvalidOperationException>(() => new Tokenizer().Process(doc));
        Assert.Contains("tokenizer", error.Message);
    }

    [Fact]
    public void Components_have_their_pipeline_names()
    {
        Assert.Equal("tokenizer", new Tokenizer().Name);
        Assert.Equal("senter", new SentenceSplitter().Name);
    }
}
