namespace Brink.Text.Tests.Tokenization;

public sealed class TokenizerNumberTests
{
    [Theory]
    [InlineData("1,000 people", "1,000 people")]
    [InlineData("3,500,000", "3,500,000")]
    [InlineData("3.5 percent", "3.5 percent")]
    [InlineData("it fell -3 degrees", "it fell -3 degrees")]
    [InlineData("(-3)", "( -3 )")]
    [InlineData("open 24/7", "open 24/7")]
    [InlineData("at 10:30 today", "at 10:30 today")]
    [InlineData("on 2024-04-16", "on 2024-04-16")]
    [InlineData("on 04/16/2024", "on 04/16/2024")]
    [InlineData("the 1990s", "the 1990s")]
    [InlineData("1st and 2nd and 3rd and 4th", "1st and 2nd and 3rd and 4th")]
    [InlineData("call 713-853-3989", "call 713-853-3989")]
    [InlineData("call 555-1234", "call 555-1234")]
    [InlineData("the '90s", "the '90s")]
    public void Numbers_stay_whole(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("$5", "$ 5")]
    [InlineData("$5.5 billion", "$ 5.5 billion")]
    [InlineData("US$20", "US $ 20")]
    [InlineData("€20 and £30", "€ 20 and £ 30")]
    [InlineData("5%", "5 %")]
    [InlineData("up 3.5%.", "up 3.5 % .")]
    public void Currency_and_percent_split_off(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("1969-1970", "1969 - 1970")]
    [InlineData("ages 3-4", "ages 3 - 4")]
    [InlineData("a 15-year term", "a 15 - year term")]
    [InlineData("F-16 jets", "F - 16 jets")]
    [InlineData("1/2 cup", "1 / 2 cup")]
    [InlineData("5pm", "5 pm")]
    [InlineData("35mm film", "35 mm film")]
    [InlineData("10k run", "10 k run")]
    [InlineData("11,2000", "11 , 2000")]
    [InlineData("1,000,000MW", "1,000,000 MW")]
    [InlineData("at 5a.m. today", "at 5 a.m. today")]
    public void Ranges_fractions_and_glued_units_split_as_in_EWT(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));
}
