namespace Brink.Text.Tests.Tokenization;

public sealed class TokenizerAbbreviationTests
{
    [Theory]
    [InlineData("the U.S. embassy", "the U.S. embassy")]
    [InlineData("the U.K. and the U.N. agreed", "the U.K. and the U.N. agreed")]
    [InlineData("Dr. Smith", "Dr. Smith")]
    [InlineData("Mr. and Mrs. Lee and Ms. Park", "Mr. and Mrs. Lee and Ms. Park")]
    [InlineData("Sen. Warren and Rep. Ocasio-Cortez", "Sen. Warren and Rep. Ocasio - Cortez")]
    [InlineData("Gen. Milley, Lt. Col. Vindman, Maj. Gen. Lee, Capt. Hook", "Gen. Milley , Lt. Col. Vindman , Maj. Gen. Lee , Capt. Hook")]
    [InlineData("Gov. Newsom met Pres. Macron in St. Petersburg", "Gov. Newsom met Pres. Macron in St. Petersburg")]
    [InlineData("Apple Inc. and Acme Corp. and Foo Ltd. and Bar Co. sued", "Apple Inc. and Acme Corp. and Foo Ltd. and Bar Co. sued")]
    [InlineData("Martin Luther King Jr. and John Smith Sr. spoke", "Martin Luther King Jr. and John Smith Sr. spoke")]
    [InlineData("No. 10 vs. No. 3", "No. 10 vs. No. 3")]
    [InlineData("apples, pears, etc., and e.g. plums, i.e. fruit", "apples , pears , etc. , and e.g. plums , i.e. fruit")]
    [InlineData("at 10 a.m. or 5 p.m. today", "at 10 a.m. or 5 p.m. today")]
    [InlineData("George W. Bush", "George W. Bush")]
    [InlineData("J. K. Rowling", "J. K. Rowling")]
    public void Abbreviations_keep_their_period(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("on Jan. 6", "on Jan. 6")]
    [InlineData("Feb. 2", "Feb. 2")]
    [InlineData("Aug. 15", "Aug. 15")]
    [InlineData("Sept. 11", "Sept. 11")]
    [InlineData("Dec. 25", "Dec. 25")]
    public void Month_abbreviations_keep_their_period(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("It happened in May.", "It happened in May .")]
    [InlineData("I said no.", "I said no .")]
    [InlineData("She lives in the city.", "She lives in the city .")]
    public void Ordinary_words_give_up_the_period(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("Officials in the U.S. The talks failed.", "Officials in the U.S . The talks failed .")]
    [InlineData("apples, pears, etc. Then we left.", "apples , pears , etc . Then we left .")]
    [InlineData("He works for Apple Inc.", "He works for Apple Inc .")]
    [InlineData("He moved to the U.S.\n\nLater he left.", "He moved to the U.S . Later he left .")]
    public void A_sentence_final_abbreviation_gives_its_period_to_the_sentence_as_EWT_does(string text, string expected) =>
        Assert.Equal(expected, TokenizationAssert.Tokens(text));

    [Theory]
    [InlineData("U.S.-led forces", "U.S. - led forces")]
    [InlineData("Mr.Smith", "Mr. Smith")]
    [InlineData("J.Aron", "J. Aron")]
    [InlineData("Apple Inc..", "Apple Inc. .")]
    [InlineData("and so on etc...", "and so on etc ...")]
    public void Glued_abbreviations(string text, string expected) => Assert.Equal(expected, TokenizationAssert.Tokens(text));
}
