namespace Brink.Coding.Tests.Events;

/// <summary>A recipient whose country is only the story's main country is never given the actor's own country.</summary>
public sealed class OtherSideTests(EventExtractorTests.Loaded loaded) : IClassFixture<EventExtractorTests.Loaded>
{
    private const string Story = "Title: T\nPublished: 2027-03-06\n\n"
        + "Norway said its forces had secured the border. Norway denied any incursion, and Norwegian officials said Oslo wanted calm. Sweden protested.\n\n"
        + "Norwegian drones struck a border post on Friday, wounding three soldiers.\n";

    [Fact]
    public void Victims_described_without_a_country_are_the_other_side()
    {
        var events = loaded.Extractor.Code(EventExtractor.ReadArticle(Story, "t"));
        var soldiers = events.SelectMany(e => e.Recipient).Where(r => r.Text == "three soldiers").ToList();
        Assert.NotEmpty(soldiers);
        Assert.All(soldiers, s => Assert.Equal(("SWE", "MIL"), (s.Country, s.Sector)));
    }

    [Fact]
    public void Without_another_country_the_guess_is_dropped_not_kept()
    {
        const string alone = "Title: T\nPublished: 2027-03-06\n\nNorway said its forces had secured the border.\n\nNorwegian drones struck a border post on Friday, wounding three soldiers.\n";
        var soldiers = loaded.Extractor.Code(EventExtractor.ReadArticle(alone, "t")).SelectMany(e => e.Recipient).Where(r => r.Text == "three soldiers").ToList();
        Assert.NotEmpty(soldiers);
        Assert.All(soldiers, s => Assert.NotEqual("NOR", s.Country));
    }

    [Fact]
    public void Fighting_within_a_country_keeps_the_story_country()
    {
        const string civil = "Title: T\nPublished: 2027-03-06\n\nNorway said its forces had secured the border. Norway denied any incursion. Sweden protested.\n\n"
            + "Norwegian police arrested three protesters on Friday.\n";
        var protesters = loaded.Extractor.Code(EventExtractor.ReadArticle(civil, "t")).SelectMany(e => e.Recipient).Where(r => r.Text == "three protesters").ToList();
        Assert.NotEmpty(protesters);
        Assert.All(protesters, p => Assert.Equal("NOR", p.Country));
    }

    [Theory]
    [InlineData("Norwegian drones struck a Swedish army post on Friday.")]
    [InlineData("Norwegian jets bombed a Swedish air base on Friday.")]
    public void A_military_facility_with_a_nationality_is_that_state_s_forces(string sentence)
    {
        var e = Assert.Single(loaded.Extractor.Code(EventExtractor.LineArticle(sentence, "t", new DateOnly(2027, 3, 6), null)), x => x.EventType == "ASSAULT");
        Assert.Equal(("SWE", "MIL"), (Assert.Single(e.Recipient).Country, e.Recipient[0].Sector));
    }
}
