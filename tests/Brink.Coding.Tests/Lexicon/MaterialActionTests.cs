using Brink.Coding.Tests.Events;

namespace Brink.Coding.Tests.Lexicon;

/// <summary>Verbs of material action (moving forces, handing over weapons and relief, shelling) on sentences written for these tests.</summary>
public sealed class MaterialActionTests(EventExtractorTests.Loaded l) : IClassFixture<EventExtractorTests.Loaded>
{
    private readonly EventExtractor _x = l.Extractor;

    private EventRecord? First(string sentence, string trigger) =>
        _x.Code(EventExtractor.LineArticle(sentence, "t", new DateOnly(2024, 4, 16), null)).FirstOrDefault(e => e.Trigger.Text == trigger);

    [Theory]
    [InlineData("The Netherlands sent two frigates to the Baltic Sea on Monday.", "sent", "MOBILIZE", "weapons")]
    [InlineData("Russia has massed tanks and artillery near the border.", "massed", "MOBILIZE", "weapons")]
    [InlineData("India moved three brigades to the frontier last week.", "moved", "MOBILIZE", "troops")]
    [InlineData("Norway delivered an air defence system to Ukraine on Monday.", "delivered", "AID", null)]
    [InlineData("Jordan airlifted food and medicine to Gaza on Sunday.", "airlifted", "AID", null)]
    [InlineData("The rebels pummelled army positions near Goma overnight.", "pummelled", "ASSAULT", "heavy-weapons")]
    [InlineData("The United States designated the group a terrorist organisation.", "designated", "SANCTION", "discontinue")]
    public void Material_actions_are_coded(string sentence, string trigger, string type, string? mode)
    {
        var e = First(sentence, trigger);
        Assert.NotNull(e);
        Assert.Equal((type, mode), (e.EventType, e.Mode));
    }

    [Theory]
    [InlineData("The company sent a ship to Rotterdam on Monday.", "sent")]
    [InlineData("The minister moved the meeting to Friday.", "moved")]
    public void Ordinary_senses_are_not_coded(string sentence, string trigger) => Assert.Null(First(sentence, trigger));

    [Fact]
    public void A_reported_subject_pronoun_is_the_speaker()
    {
        var events = _x.Code(EventExtractor.ReadArticle("Title: t\nPublished: 2024-04-16\n\nCanada condemned Iran on Monday. The World Food Programme said it had delivered food to Gaza on Tuesday.\n", "t"));
        var aid = Assert.Single(events, e => e.Trigger.Text == "delivered");
        Assert.Equal("WFP", Assert.Single(aid.Actor).Code);
    }
}
