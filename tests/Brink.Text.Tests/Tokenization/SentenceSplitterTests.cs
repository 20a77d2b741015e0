namespace Brink.Text.Tests.Tokenization;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Short_labels_opening_a_paragraph_stand_apart()
    {
        Assert.Equal(["Why it matters:", "The talks could collapse."], TokenizationAssert.Sentences("Why it matters: The talks could collapse."));
        Assert.Equal(["• Zoom in:", "Blinken spoke with Gantz."], TokenizationAssert.Sentences("• Zoom in: Blinken spoke with Gantz."));
        // A colon inside a sentence, or after a lowercase opener, does not split.
        Assert.Single(TokenizationAssert.Sentences("He listed three demands: Iran must stop enriching uranium."));
        Assert.Single(TokenizationAssert.Sentences("the date: Thursday, March 22nd"));
    }

    [Fact]
    public void Splits_at_end_punctuation()
    {
        Assert.Equal(["It rained.", "Was it cold?", "Yes!", "We stayed in."],
            TokenizationAssert.Sentences("It rained. Was it cold? Yes! We stayed in."));
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        Assert.Equal(["Dr. Smith met Sen. J. R. Jones at 5 p.m. on Jan. 6 in Washington, D.C. to talk.", "They agreed."],
            TokenizationAssert.Sentences("Dr. Smith met Sen. J. R. Jones at 5 p.m. on Jan. 6 in Washington, D.C. to talk. They agreed."));
    }

    [Fact]
    public void An_abbreviation_can_end_a_sentence()
    {
        Assert.Equal(["He moved to the U.S.", "The family followed."],
            TokenizationAssert.Sentences("He moved to the U.S. The family followed."));
    }

    [Fact]
    public void Closing_quote_after_the_period_belongs_to_the_sentence()
    {
        Assert.Equal(["He said \"no.\"", "Then he left."], TokenizationAssert.Sentences("He said \"no.\" Then he left."));
        Assert.Equal(["“We will win.”", "The crowd cheered."], TokenizationAssert.Sentences("“We will win.” The crowd cheered."));
        Assert.Equal(["(It was late.)", "We left."], TokenizationAssert.Sentences("(It was late.) We left."));
    }

    [Fact]
    public void Quoted_question_followed_by_lowercase_attribution_stays_one_sentence()
    {
        Assert.Equal(["\"Why now?\" she asked.", "Nobody knew."], TokenizationAssert.Sentences("\"Why now?\" she asked. Nobody knew."));
    }

    [Fact]
    public void Closing_quote_with_space_before_it_still_closes_an_open_quote()
    {
        Assert.Equal(["\"We are ready. \"", "Officials agreed."], TokenizationAssert.Sentences("\"We are ready. \" Officials agreed."));
    }

    [Fact]
    public void Headline_without_period_is_its_own_sentence()
    {
        Assert.Equal(["Iran Rejects Talks", "Iran on Monday rejected new talks.", "Officials said so."],
            TokenizationAssert.Sentences("Iran Rejects Talks\nIran on Monday rejected new talks. Officials said so."));
    }

    [Fact]
    public void Dateline_line_is_its_own_sentence()
    {
        Assert.Equal(["Blinken warns Iran", "Updated Apr 16, 2024 - World", "Secretary of State Antony Blinken spoke on Tuesday."],
            TokenizationAssert.Sentences("Blinken warns Iran\nUpdated Apr 16, 2024 - World\n\nSecretary of State Antony Blinken spoke on Tuesday."));
    }

    [Fact]
    public void Bullets_start_sentences()
    {
        Assert.Equal(["Why it matters:", "• Prices rose", "• Wages fell"],
            TokenizationAssert.Sentences("Why it matters:\n• Prices rose\n• Wages fell"));
        Assert.Equal(["Key points", "• one", "• two"], TokenizationAssert.Sentences("Key points • one • two"));
    }

    [Fact]
    public void Blank_lines_start_sentences()
    {
        Assert.Equal(["Breaking news", "The vote failed"], TokenizationAssert.Sentences("Breaking news\n\nThe vote failed"));
    }

    [Fact]
    public void Wrapped_line_continues_the_sentence()
    {
        Assert.Equal(["The talks will resume in\nVienna next week, officials said."],
            TokenizationAssert.Sentences("The talks will resume in\nVienna next week, officials said."));
        Assert.Equal(["The talks will resume\nnext week."], TokenizationAssert.Sentences("The talks will resume\nnext week."));
    }

    [Fact]
    public void Capitalized_line_after_a_line_without_final_punctuation_starts_a_sentence()
    {
        Assert.Equal(["Thanks for the update", "We will call you tomorrow."],
            TokenizationAssert.Sentences("Thanks for the update\nWe will call you tomorrow."));
    }

    [Fact]
    public void Ellipsis_ends_a_sentence_only_before_a_capital()
    {
        Assert.Equal(["I waited... and waited.", "Then...", "Nothing."], TokenizationAssert.Sentences("I waited... and waited. Then... Nothing."));
        Assert.Equal(["Then...", "Nothing happened."], TokenizationAssert.Sentences("Then... Nothing happened."));
    }

    [Fact]
    public void Numbered_list_item_is_not_cut_after_its_number()
    {
        Assert.Equal(["Steps", "1. Open the box.", "2. Read it."], TokenizationAssert.Sentences("Steps\n1. Open the box.\n2. Read it."));
    }

    [Fact]
    public void Multiword_tokens_never_start_sentences()
    {
        var doc = TokenizationAssert.Split("I can't. Don't.");
        Assert.Equal(["I can't.", "Don't."], doc.Sentences.Select(s => s.Text).ToArray());
        TokenizationAssert.SentencesConsistent(doc);
    }

    [Fact]
    public void Very_long_sentences_are_cut_preferably_after_a_semicolon()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 200)) + " ; " + string.Join(" ", Enumerable.Repeat("word", 200)) + ".";
        var doc = TokenizationAssert.Split(text);
        TokenizationAssert.SentencesConsistent(doc);
        Assert.Equal(2, doc.SentenceCount);
        Assert.Equal(";", doc[doc.Sentence(1).StartToken - 1].Text);
    }

    [Fact]
    public void Splitting_twice_gives_the_same_sentences()
    {
        var doc = TokenizationAssert.Split("One. Two. Three.");
        new SentenceSplitter().Process(doc);
        Assert.Equal(["One.", "Two.", "Three."], doc.Sentences.Select(s => s.Text).ToArray());
    }
}
