namespace Brink.Text.Tests.Tokenization;

public sealed class TokenizerCliticTests
{
    [Theory]
    [InlineData("don't", "do+n't")]
    [InlineData("Don't", "Do+n't")]
    [InlineData("DON'T", "DO+N'T")]
    [InlineData("can't", "ca+n't")]
    [InlineData("won't", "wo+n't")]
    [InlineData("didn't", "did+n't")]
    [InlineData("ain't", "ai+n't")]
    [InlineData("cannot", "can+not")]
    [InlineData("Cannot", "Can+not")]
    [InlineData("don’t", "do+n’t")]
    public void Negation_splits_before_n_t(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Surface(text));

    [Theory]
    [InlineData("she's", "she+'s")]
    [InlineData("they're", "they+'re")]
    [InlineData("we've", "we+'ve")]
    [InlineData("I'll", "I+'ll")]
    [InlineData("he'd", "he+'d")]
    [InlineData("I'm", "I+'m")]
    [InlineData("it’s", "it+’s")]
    [InlineData("I’m", "I+’m")]
    [InlineData("mama`s", "mama+`s")]
    public void Clitics_split_at_the_apostrophe(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Surface(text));

    [Theory]
    [InlineData("dont", "do+nt")]
    [InlineData("cant", "ca+nt")]
    [InlineData("wont", "wo+nt")]
    [InlineData("im", "i+m")]
    [InlineData("Im", "I+m")]
    [InlineData("didnt", "did+nt")]
    [InlineData("gonna", "gon+na")]
    [InlineData("wanna", "wan+na")]
    public void Apostrophe_less_contractions_split_like_EWT(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Surface(text));

    [Theory]
    [InlineData("Bush's plan", "Bush+'s plan")]
    [InlineData("Bush’s plan", "Bush+’s plan")]
    [InlineData("the parents' house", "the parents+' house")]
    [InlineData("PG&E's rates", "PG&E+'s rates")]
    public void Possessives_are_multiword_tokens_as_in_EWT(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Surface(text));

    [Theory]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("Shi'ite", "Shi'ite")]
    [InlineData("o'clock", "o'clock")]
    [InlineData("its", "its")]
    [InlineData("ill", "ill")]
    [InlineData("well", "well")]
    [InlineData("'90s", "'90s")]
    [InlineData("'em", "'em")]
    public void Words_with_or_like_apostrophes_stay_whole(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Surface(text));

    [Fact]
    public void Closing_single_quote_after_s_closes_an_open_quote()
    {
        Assert.Equal("' the boys ' left", TokenizationAssert.Surface("'the boys' left"));
    }

    [Fact]
    public void Continuation_token_carries_the_flag_and_the_first_part_does_not()
    {
        var doc = TokenizationAssert.Tokenize("don't");
        Assert.Equal(TokenFlags.None, doc[0].Flags & TokenFlags.MultiwordContinuation);
        Assert.Equal(TokenFlags.MultiwordContinuation, doc[1].Flags & TokenFlags.MultiwordContinuation);
        Assert.False(doc[0].SpaceAfter);
    }
}
