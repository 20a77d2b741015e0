namespace Brink.Coding.Tests.Events;

/// <summary>
/// Events that lie ahead take the coming weekday, and "said ... would" is a backshifted "will". The article is
/// published on a Tuesday (2024-04-16). Sentences written for these tests.
/// </summary>
public sealed class ForwardDateTests(EventExtractorTests.Loaded l) : IClassFixture<EventExtractorTests.Loaded>
{
    private readonly EventExtractor _x = l.Extractor;

    private IReadOnlyList<EventRecord> Code(string sentence) =>
        _x.Code(EventExtractor.LineArticle(sentence, "t", new DateOnly(2024, 4, 16), "Brink Wire"));

    [Fact]
    public void Would_in_reported_speech_points_forward()
    {
        var e = Assert.Single(Code("Qatar said it would host talks between Chad and Sudan in Doha on Thursday."), e => e.EventType == "CONSULT");
        Assert.Equal(new DateOnly(2024, 4, 18), e.Date);
        Assert.Equal(Modality.Future, e.Modality);
    }

    [Fact]
    public void A_past_modal_and_a_conditional_warning_keep_the_past_weekday()
    {
        Assert.Equal(new DateOnly(2024, 4, 12), Assert.Single(Code("Ecuador may have attacked Peru on Friday."), e => e.EventType == "ASSAULT").Date);
        var warned = Assert.Single(Code("Peru warned on Friday that it would retaliate against Ecuador if attacked."), e => e.EventType == "THREATEN");
        Assert.Equal(new DateOnly(2024, 4, 12), warned.Date);
    }

    [Fact]
    public void Negation_outranks_the_modal_before_it()
    {
        var e = Assert.Single(Code("The Chilean president said he would not step down."), e => e.EventType == "RETREAT");
        Assert.Equal(Modality.Negated, e.Modality);
    }
}
