namespace Brink.Coding.Tests.Events;

/// <summary>Among the lexicon's readings of a word that fit a sentence equally well, the one naming more of its words wins.</summary>
public sealed class ReadingChoiceTests(EventExtractorTests.Loaded l) : IClassFixture<EventExtractorTests.Loaded>
{
    private IReadOnlyList<EventRecord> Code(string sentence) =>
        l.Extractor.Code(EventExtractor.LineArticle(sentence, "t", new DateOnly(2027, 3, 5), null));

    [Fact]
    public void A_vow_to_use_force_is_a_threat_against_its_target()
    {
        var e = Assert.Single(Code("Hezbollah vowed to crush Israeli forces."), e => e.Trigger.Text == "vowed");
        Assert.Equal("THREATEN", e.EventType);
        Assert.Equal(("ISR", "MIL"), (Assert.Single(e.Recipient).Country, e.Recipient[0].Sector));
    }

    [Fact]
    public void A_vow_with_no_named_complement_keeps_the_general_reading()
    {
        var e = Assert.Single(Code("Norway vowed to cooperate with the inspectors."), e => e.Trigger.Text == "vowed");
        Assert.Equal("AGREE", e.EventType);
    }
}
