namespace Brink.Coding.Tests.Events;

/// <summary>Trigger words in constructions that report no act. Sentences written for these tests.</summary>
public sealed class NonEventTests(EventExtractorTests.Loaded l) : IClassFixture<EventExtractorTests.Loaded>
{
    private readonly EventExtractor _x = l.Extractor;

    private IReadOnlyList<EventRecord> Code(string sentence) =>
        _x.Code(EventExtractor.LineArticle(sentence, "t", new DateOnly(2024, 4, 16), "Brink Wire"));

    [Theory]
    [InlineData("The Bolivian foreign ministry declined to comment.")]
    [InlineData("Paraguay will not be intimidated, the minister said.")]
    [InlineData("The general said the brigade had joined what he called \"Operation Silver Dawn.\"")]
    [InlineData("Uruguay trades with both countries.")]
    public void Is_not_coded(string sentence) => Assert.Empty(Code(sentence));

    [Fact]
    public void The_real_acts_next_to_them_still_are()
    {
        Assert.Single(Code("Bolivia declined the offer from Chile."), e => e.EventType == "REJECT");
        Assert.Single(Code("Peru threatened Ecuador with sanctions."), e => e.EventType == "THREATEN");
    }
}
