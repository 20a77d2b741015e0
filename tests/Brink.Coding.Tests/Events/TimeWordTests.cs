namespace Brink.Coding.Tests.Events;

/// <summary>
/// "Chile on Tuesday rejected the proposal": a time expression between subject and verb must keep both the
/// event and its actor, and date the event. Sentences written for these tests.
/// </summary>
public sealed class TimeWordTests(EventExtractorTests.Loaded l) : IClassFixture<EventExtractorTests.Loaded>
{
    private static readonly DateOnly Tuesday = new(2024, 4, 16);
    private readonly EventExtractor _x = l.Extractor;

    private IReadOnlyList<EventRecord> Code(string sentence) =>
        _x.Code(EventExtractor.LineArticle(sentence, "t", Tuesday, "Brink Wire"));

    [Theory]
    [InlineData("Bolivia on Monday rejected the demand.", "REJECT", "BOL", "2024-04-15")]
    [InlineData("Paraguay on Sunday accused Bolivia of smuggling.", "ACCUSE", "PRY", "2024-04-14")]
    [InlineData("The Treasury Department on Friday imposed sanctions on two Panamanian firms.", "SANCTION", "USA", "2024-04-12")]
    [InlineData("Ecuador last week condemned the raid on its embassy.", "ACCUSE", "ECU", "2024-04-08")]
    public void The_subject_before_a_time_expression_is_the_actor(string sentence, string type, string country, string date)
    {
        var e = Assert.Single(Code(sentence), e => e.EventType == type);
        Assert.Equal(country, e.Actor.First().Country);
        Assert.Equal(DateOnly.Parse(date), e.Date);
    }
}
