namespace Brink.Text.Tests.Tokenization;

public sealed class TokenizerUrlTests
{
    [Theory]
    [InlineData("see http://example.com/a/b?x=1&y=2#top now", "see http://example.com/a/b?x=1&y=2#top now")]
    [InlineData("Visit https://www.reuters.com/world/.", "Visit https://www.reuters.com/world/ .")]
    [InlineData("(https://example.org/page)", "( https://example.org/page )")]
    [InlineData("https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("go to www.x.com, then", "go to www.x.com , then")]
    [InlineData("at example.com/news/today.", "at example.com/news/today .")]
    [InlineData("<http://a.org/x>", "< http://a.org/x >")]
    public void Urls_are_one_token(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("write to john.doe@mail.example.com.", "write to john.doe@mail.example.com .")]
    [InlineData("mailto:amy.cornell@compaq.com", "mailto:amy.cornell@compaq.com")]
    [InlineData("Rice@ENRON wrote", "Rice@ENRON wrote")]
    [InlineData("franz371...@gmail.com", "franz371...@gmail.com")]
    [InlineData("jean-paul.smith@x.org", "jean-paul.smith@x.org")]
    public void Email_addresses_are_one_token(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("thanks @jack_dorsey!", "thanks @jack_dorsey !")]
    [InlineData("#BlackLivesMatter protests", "#BlackLivesMatter protests")]
    [InlineData("(#Ukraine)", "( #Ukraine )")]
    [InlineData("#1 seed", "# 1 seed")]
    public void Handles_and_hashtags_are_one_token(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("Al-Zaman", "Al - Zaman")]
    [InlineData("al-Qaeda", "al - Qaeda")]
    [InlineData("well-known", "well - known")]
    [InlineData("Bush-Cheney", "Bush - Cheney")]
    [InlineData("e-mail", "e-mail")]
    [InlineData("anti-war", "anti-war")]
    [InlineData("co-workers", "co-workers")]
    [InlineData("non-violence", "non-violence")]
    [InlineData("AT&T", "AT&T")]
    [InlineData("and/or", "and / or")]
    [InlineData("w/o", "w/o")]
    public void Hyphens_and_slashes_follow_EWT(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));
}
