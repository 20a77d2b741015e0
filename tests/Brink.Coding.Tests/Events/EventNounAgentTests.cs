namespace Brink.Coding.Tests.Events;

/// <summary>Condemning an attack accuses whoever carried it out.</summary>
public sealed class EventNounAgentTests(EventExtractorTests.Loaded loaded) : IClassFixture<EventExtractorTests.Loaded>
{
    private EventRecord Accuse(string sentence) =>
        Assert.Single(loaded.Extractor.Code(EventExtractor.LineArticle(sentence, "t", new DateOnly(2027, 3, 5), null)), e => e.EventType == "ACCUSE");

    [Theory]
    [InlineData("Norway condemned the attack carried out by Sweden.")]
    [InlineData("Norway condemned Sweden's attack on the border post.")]
    [InlineData("Norway condemned the Swedish attack on the border post.")]
    // Coordinated event nouns and a long modifier chain: the parser hangs "carried out by" on the verb.
    [InlineData("Norway strongly condemned the massive combined rocket and drone attack carried out by Sweden against the border post.")]
    [InlineData("The Ministry of Foreign Affairs of Norway condemns the large rocket and artillery strike carried out by Sweden against civilian areas.")]
    // A relative clause condemns the subject of the clause it comments on.
    [InlineData("Sweden approved a large arms sale to Finland on Tuesday, which Norway condemned.")]
    [InlineData("Sweden deployed more troops to the border, which Norway strongly condemned.")]
    public void The_agent_of_the_condemned_event_is_the_recipient(string sentence)
    {
        var e = Accuse(sentence);
        Assert.Equal("NOR", Assert.Single(e.Actor).Country);
        Assert.Equal("SWE", Assert.Single(e.Recipient).Country);
    }

    [Fact]
    public void A_government_rebuffing_its_own_opposition_is_a_dispute_within_one_country()
    {
        var e = Assert.Single(loaded.Extractor.Code(EventExtractor.LineArticle("Serbia's prime minister rejected opposition demands for early elections.", "t", new DateOnly(2027, 3, 5), null)),
            r => r.EventType == "REJECT");
        Assert.Equal(("SRB", "GOV"), (Assert.Single(e.Actor).Country, e.Actor[0].Sector));
        Assert.Equal(("SRB", "OPP"), (Assert.Single(e.Recipient).Country, e.Recipient[0].Sector));
    }

    [Fact]
    public void Two_organs_of_one_state_are_not_taken_for_each_others_target()
    {
        // The soldiers' country is the speaker's: more likely a mention that took the wrong country than a state condemning itself.
        Assert.Empty(Accuse("Norway's government condemned the attack carried out by Norwegian soldiers.").Recipient);
    }

    [Fact]
    public void A_condemned_decision_has_no_agent_to_guess()
    {
        Assert.Empty(Accuse("Norway condemned the decision.").Recipient);
    }
}
