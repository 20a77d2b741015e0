namespace Brink.Text.Tests.Tokenization;

public sealed class TokenizerPunctuationTests
{
    [Theory]
    [InlineData("Hello, world.", "Hello , world .")]
    [InlineData("Wait; what: now! Why?", "Wait ; what : now ! Why ?")]
    [InlineData("(a) [b] {c}", "( a ) [ b ] { c }")]
    [InlineData("((nested))", "( ( nested ) )")]
    public void Basic_punctuation_splits_off(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("He said \"no.\"", "He said \" no . \"")]
    [InlineData("“Really?” she asked.", "“ Really ? ” she asked .")]
    [InlineData("the ‘big’ one", "the ‘ big ’ one")]
    [InlineData("the 'big' one", "the ' big ' one")]
    [InlineData("``quoted''", "`` quoted ''")]
    [InlineData("«bonjour»", "« bonjour »")]
    public void Quotes_straight_and_curly_split_off(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("war—and peace", "war — and peace")]
    [InlineData("war — and peace", "war — and peace")]
    [InlineData("pages 10–20", "pages 10 – 20")]
    [InlineData("war--and peace", "war -- and peace")]
    [InlineData("so - what", "so - what")]
    [InlineData("=====", "=====")]
    [InlineData("----- Original Message -----", "----- Original Message -----")]
    public void Dashes_and_rules(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("wait...", "wait ...")]
    [InlineData("wait... what", "wait ... what")]
    [InlineData("wait…what", "wait … what")]
    [InlineData("wait....", "wait ....")]
    [InlineData("what?!", "what ?!")]
    [InlineData("no!!!", "no !!!")]
    [InlineData("really.?", "really .?")]
    [InlineData("what...?", "what ... ?")]
    public void Ellipses_and_repeated_marks_are_one_token(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("• first point", "• first point")]
    [InlineData("•first", "• first")]
    [InlineData("· item", "· item")]
    public void Bullets_split_off(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("great :)", "great :)")]
    [InlineData("great:)", "great :)")]
    [InlineData("sad :-(", "sad :-(")]
    [InlineData("wink ;)", "wink ;)")]
    [InlineData("^_^", "^_^")]
    [InlineData("(see: below)", "( see : below )")]
    public void Emoticons_are_one_token(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("Yahoo! announced", "Yahoo! announced")]
    [InlineData("end.The next", "end . The next")]
    [InlineData("file.doc", "file.doc")]
    [InlineData("(draft).doc", "( draft ) .doc")]
    public void Odd_web_cases(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));
}
