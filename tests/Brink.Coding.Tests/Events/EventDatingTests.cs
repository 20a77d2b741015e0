namespace Brink.Coding.Tests.Events;

/// <summary>
/// An event takes its date from its own clause: not from a relative clause about something else, not from
/// the verb that reports it, and "a day after" counts back from the date it follows. Sentences written for these tests.
/// </summary>
public sealed class EventDatingTests(EventExtractorTests.Loaded l) : IClassFixture<EventExtractorTests.Loaded>
{
    private static readonly DateOnly Tuesday = new(2024, 4, 16);
    private readonly EventExtractor _x = l.Extractor;

    private IReadOnlyList<EventRecord> Code(string sentence) =>
        _x.Code(EventExtractor.LineArticle(sentence, "t", Tuesday, "Brink Wire"));

    private EventRecord One(string sentence, string trigger) => Assert.Single(Code(sentence), e => e.Trigger.Text == trigger);

    [Fact]
    public void A_time_expression_in_a_relative_clause_does_not_date_the_main_event()
    {
        var withdraw = One("Armenia will withdraw the troops it deployed to the frontier last week.", "withdraw");
        Assert.Equal(DatePrecision.Publication, withdraw.DatePrecision);
        Assert.Equal(Modality.Future, withdraw.Modality);
        // The relative clause without "that" keeps its own date and tense.
        var deployed = One("Armenia will withdraw the troops it deployed to the frontier last week.", "deployed");
        Assert.Equal((new DateOnly(2024, 4, 8), Modality.Asserted), (deployed.Date, deployed.Modality));
        var rejected = One("Bolivia rejected the demand made by Paraguay on April 2.", "rejected");
        Assert.Equal(DatePrecision.Publication, rejected.DatePrecision);
    }

    [Theory]
    [InlineData("then")]
    [InlineData("later")]
    public void An_event_told_as_following_the_sentence_before_takes_its_day(string adverb)
    {
        // Sentences of one article, one to a line; the second has no time expression of its own.
        var text = $"Syrian forces shelled Idlib on Saturday.\n\nThey {adverb} attacked the airport at Taftanaz.";
        var attacked = Assert.Single(_x.Code(EventExtractor.ReadArticle(text, "t", Tuesday, "Brink Wire")), e => e.Trigger.Text == "attacked");
        Assert.Equal((new DateOnly(2024, 4, 13), DatePrecision.Day), (attacked.Date, attacked.DatePrecision));
    }

    [Fact]
    public void Without_a_word_of_sequence_an_undated_event_keeps_the_publication_date()
    {
        var text = "Syrian forces shelled Idlib on Saturday.\n\nThey attacked the airport at Taftanaz.";
        var attacked = Assert.Single(_x.Code(EventExtractor.ReadArticle(text, "t", Tuesday, "Brink Wire")), e => e.Trigger.Text == "attacked");
        Assert.Equal(DatePrecision.Publication, attacked.DatePrecision);
    }

    [Fact]
    public void A_relative_clause_on_the_event_noun_dates_it()
    {
        var e = One("Chile criticised the Argentine sanctions, which were imposed on Friday.", "sanctions");
        Assert.Equal(new DateOnly(2024, 4, 12), e.Date);
    }

    [Fact]
    public void A_day_after_counts_back_from_the_date_it_follows()
    {
        var events = Code("Chile expelled two Peruvian diplomats on Saturday, a day after Peruvian troops attacked a Chilean border post.");
        Assert.Equal(new DateOnly(2024, 4, 13), Assert.Single(events, e => e.EventType == "SANCTION").Date);
        var attack = Assert.Single(events, e => e.EventType == "ASSAULT");
        Assert.Equal(new DateOnly(2024, 4, 12), attack.Date);
        Assert.Equal(DatePrecision.Day, attack.DatePrecision);
    }

    [Fact]
    public void A_participle_adjunct_shares_the_date_of_its_clause()
    {
        var e = One("Police raided the offices of an opposition party on Monday, detaining five activists.", "detaining");
        Assert.Equal(new DateOnly(2024, 4, 15), e.Date);
    }
}
