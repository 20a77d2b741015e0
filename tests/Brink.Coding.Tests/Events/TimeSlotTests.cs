using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Events;

/// <summary>Time expressions ("on Monday") are never the object of a preposition slot of a trigger.</summary>
public sealed class TimeSlotTests(EventExtractorTests.Loaded loaded) : IClassFixture<EventExtractorTests.Loaded>
{
    private static readonly DateOnly Wednesday = new(2024, 4, 17);

    private IReadOnlyList<EventRecord> Code(string sentence) =>
        loaded.Extractor.Code(EventExtractor.LineArticle(sentence, "t", Wednesday, "Brink Wire"));

    [Theory]
    [InlineData("Norway's prime minister called the Swedish prime minister on Monday.")]
    [InlineData("The Norwegian foreign minister called his Swedish counterpart on Tuesday.")]
    public void A_call_on_a_weekday_is_not_a_call_on_someone(string sentence)
    {
        var events = Code(sentence);
        Assert.DoesNotContain(events, e => e.EventType == "REQUEST");
        Assert.All(events, e => Assert.DoesNotContain(e.Recipient, r => r.Text.Contains("day", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_call_on_someone_is_still_a_request()
    {
        var e = Assert.Single(Code("Norway called on Sweden on Monday to reopen the border."), x => x.EventType == "REQUEST");
        Assert.Equal("SWE", Assert.Single(e.Recipient).Country);
        Assert.Equal(new DateOnly(2024, 4, 15), e.Date);
    }
}
