namespace Brink.Coding.Tests.Events;

/// <summary>
/// "began withdrawing", "started to pull back", "continued shelling": the aspectual verb only says when the act
/// starts or goes on; the inner verb is the event and the outer subject is its actor. Sentences written for these tests.
/// </summary>
public sealed class AspectualVerbTests(EventExtractorTests.Loaded l) : IClassFixture<EventExtractorTests.Loaded>
{
    private readonly EventExtractor _x = l.Extractor;

    private IReadOnlyList<EventRecord> Code(string sentence) =>
        _x.Code(EventExtractor.LineArticle(sentence, "t", new DateOnly(2024, 4, 16), "Brink Wire"));

    [Theory]
    [InlineData("Armenia began withdrawing troops from the frontier on Monday.", "withdrawing", "ARM")]
    [InlineData("Azerbaijan began to withdraw its troops from the pass.", "withdraw", "AZE")]
    [InlineData("Serbia started pulling back its forces from the boundary line.", "pulling", "SRB")]
    [InlineData("Moldovan troops started pulling out of the village on Sunday.", "pulling", "MDA")]
    [InlineData("Chadian troops began to withdraw from the oasis.", "withdraw", "TCD")]
    public void The_inner_verb_is_the_event_and_the_outer_subject_its_actor(string sentence, string trigger, string country)
    {
        var e = Assert.Single(Code(sentence), e => e.EventType == "RETREAT");
        Assert.Equal(trigger, e.Trigger.Text);
        Assert.Equal(country, Assert.Single(e.Actor).Country);
    }

    [Fact]
    public void Continuing_an_attack_is_the_attack()
    {
        var e = Assert.Single(Code("Ethiopian troops continued shelling Humera on Tuesday."), e => e.EventType == "ASSAULT");
        Assert.Equal("shelling", e.Trigger.Text);
        Assert.Equal("ETH", Assert.Single(e.Actor).Country);
        Assert.Equal(new DateOnly(2024, 4, 16), e.Date);
    }
}
