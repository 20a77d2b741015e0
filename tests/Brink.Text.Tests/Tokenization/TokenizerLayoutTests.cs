namespace Brink.Text.Tests.Tokenization;

public sealed class TokenizerLayoutTests
{
    [Fact]
    public void SpaceAfter_is_set_exactly_when_whitespace_follows()
    {
        var doc = TokenizationAssert.Tokenize("Hi, you.\tOk");
        Assert.Equal(["Hi", ",", "you", ".", "Ok"], doc.Tokens.Select(t => t.Text).ToArray());
        Assert.Equal([false, true, false, true, false], doc.Tokens.Select(t => t.SpaceAfter).ToArray());
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        var doc = TokenizationAssert.Tokenize("  Don't  stop.");
        Assert.Equal([(2, 4), (4, 7), (9, 13), (13, 14)], doc.Tokens.Select(t => (t.Start, t.End)).ToArray());
    }

    [Fact]
    public void First_token_and_token_after_a_blank_line_start_paragraphs()
    {
        var doc = TokenizationAssert.Tokenize("One two.\nthree four.\n\nFive six.\n \t\nSeven.");
        Assert.Equal(["One", "Five", "Seven"], ParagraphStarts(doc));
    }

    [Fact]
    public void Bullet_lines_start_paragraphs()
    {
        var doc = TokenizationAssert.Tokenize("Key points:\n• Prices rose.\n• Wages fell.\n- Rents held.\n* Jobs grew.");
        Assert.Equal(["Key", "•", "•", "-", "*"], ParagraphStarts(doc));
    }

    [Fact]
    public void Line_after_a_heading_or_dateline_starts_a_paragraph()
    {
        var doc = TokenizationAssert.Tokenize("Iran Talks Stall\nUpdated Apr 16, 2024\nThe talks stalled on Monday.\nOfficials said so.");
        Assert.Equal(["Iran", "Updated", "The"], ParagraphStarts(doc));
    }

    [Fact]
    public void Wrapped_lines_do_not_start_paragraphs()
    {
        var doc = TokenizationAssert.Tokenize("The minister said on Monday that the talks would resume\nnext week in Vienna, officials said.");
        Assert.Equal(["The"], ParagraphStarts(doc));
    }

    [Fact]
    public void Windows_line_endings_count_once_per_line()
    {
        var doc = TokenizationAssert.Tokenize("One two three four five six seven.\r\nEight.\r\n\r\nNine.");
        Assert.Equal(["One", "Nine"], ParagraphStarts(doc));
    }

    private static string[] ParagraphStarts(Doc doc) =>
        doc.Tokens.Where(t => (t.Flags & TokenFlags.ParagraphStart) != 0).Select(t => t.Text).ToArray();
}
