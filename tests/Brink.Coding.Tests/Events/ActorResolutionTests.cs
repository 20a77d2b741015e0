using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Events;

/// <summary>How the coder names who acts and who is acted upon, on sentences written for these tests.</summary>
public sealed class ActorResolutionTests(EventExtractorTests.Loaded l) : IClassFixture<EventExtractorTests.Loaded>
{
    private readonly EventExtractor _x = l.Extractor;

    private IReadOnlyList<EventRecord> Article(string body) =>
        _x.Code(EventExtractor.ReadArticle($"Title: t\nPublished: 2024-04-16\n\n{body}\n", "t"));

    private static string[] Codes(IEnumerable<ActorMention> mentions) =>
        mentions.Select(m => m.Code is { } c && !c.Contains('_') && c != m.Country && c != m.Country + m.Sector ? c : $"{m.Country}/{m.Sector}").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Coordinated_national_adjectives_give_one_actor_each()
    {
        var e = Assert.Single(Article("Italian and Spanish troops attacked the rebel camp on Monday."), e => e.EventType == "ASSAULT");
        Assert.Equal(["ESP/MIL", "ITA/MIL"], Codes(e.Actor));
    }

    [Fact]
    public void Role_words_take_the_country_they_come_from()
    {
        var e = Assert.Single(Article("Senior diplomats from Norway held talks with Swedish officials in Oslo on Monday."), e => e.EventType == "CONSULT");
        Assert.Equal(["NOR/GOV"], Codes(e.Actor));
        Assert.Equal(["SWE/GOV"], Codes(e.Recipient));
    }

    [Fact]
    public void Talks_measured_out_in_rounds_are_held_by_the_subject()
    {
        var e = Assert.Single(Article("Diplomats from Norway and Sweden held three rounds of talks in Oslo on Monday."), e => e.EventType == "CONSULT");
        Assert.Equal(["NOR/GOV", "SWE/GOV"], Codes(e.Actor));
    }

    [Fact]
    public void Ending_talks_says_they_were_held_and_by_whom()
    {
        var e = Assert.Single(Article("Diplomats from Norway and from Sweden and Finland ended two days of talks in Oslo on Wednesday."), e => e.EventType == "CONSULT");
        Assert.Equal(["FIN/GOV", "NOR/GOV", "SWE/GOV"], Codes(e.Actor));
    }

    [Fact]
    public void Ending_what_is_no_meeting_does_not_make_the_subject_its_party()
    {
        Assert.DoesNotContain(Article("Norway ended the ceasefire with Sweden on Monday."), e => e.Actor.Any(a => a.Country == "NOR"));
    }

    [Theory]
    [InlineData("The foreign ministers of Armenia and Azerbaijan signed a border agreement in Almaty on Friday.", "ARM/GOV", "AZE/GOV")]
    // The parser joins Rwanda to "Congo", inside the first name's own "of" phrase.
    [InlineData("The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement on Friday.", "COD/GOV", "RWA/GOV")]
    public void Coordinated_countries_after_of_give_one_actor_each(string text, string first, string second)
    {
        var e = Assert.Single(Article(text), e => e.EventType == "SUPPORT");
        Assert.Equal([first, second], Codes(e.Actor));
    }

    [Theory]
    [InlineData("Sudan's army shelled Omdurman on Monday. The RSF condemned the attack on Tuesday.", "RSF")]
    [InlineData("Russia detained a reporter in Moscow on Monday. RSF condemned the arrest on Tuesday.", "RSF_MEDIA")]
    public void A_shared_alias_takes_the_reading_of_the_story_country(string body, string code)
    {
        var e = Assert.Single(Article(body), e => e.EventType == "ACCUSE");
        Assert.Equal(code, Assert.Single(e.Actor).Code);
    }

    [Fact]
    public void Officials_of_international_bodies_act_for_the_body()
    {
        var e = Assert.Single(Article("Rafael Grossi, who flew to Tehran on Sunday, met Iranian officials on Monday."), e => e.Trigger.Text == "met");
        Assert.Equal("IAEA", Assert.Single(e.Actor).Code);
        Assert.Equal("IRN", Assert.Single(e.Recipient).Country);
    }

    [Fact]
    public void A_name_that_runs_through_of_is_found_whole()
    {
        var e = Assert.Single(Article("The International Court of Justice ordered Myanmar to protect the Rohingya."), e => e.EventType == "REQUEST");
        Assert.Equal(["ICJ"], Codes(e.Actor));
    }

    [Fact]
    public void Members_of_a_group_named_by_a_possessive_are_the_group()
    {
        var e = Assert.Single(Article("Hezbollah said its fighters attacked an Israeli army post near Metula on Monday."), e => e.EventType == "ASSAULT");
        Assert.Equal(["HEZBOLLAH"], Codes(e.Actor));
    }

    [Fact]
    public void An_unknown_person_takes_the_country_and_office_of_the_title()
    {
        var events = Article("Chile's foreign minister, Tomas Arriagada, condemned the raid. Peruvian Interior Minister Luis Ocampo criticised Bolivia on Monday.");
        var condemned = Assert.Single(events, e => e.Trigger.Text == "condemned");
        Assert.Equal(("Tomas Arriagada", "CHL", "GOV"), (condemned.Actor[0].Text, condemned.Actor[0].Country, condemned.Actor[0].Sector));
        var criticised = Assert.Single(events, e => e.Trigger.Text == "criticised");
        Assert.Equal(["PER/GOV"], Codes(criticised.Actor));
    }

    [Fact]
    public void A_counterpart_is_the_same_kind_of_office_in_the_country_named()
    {
        var e = Assert.Single(Article("Blinken met his Egyptian counterpart in Cairo on Monday."), e => e.EventType == "CONSULT");
        Assert.Equal(["EGY/GOV"], Codes(e.Recipient));
    }

    [Fact]
    public void Two_named_presidents_are_taken_up_again_by_the_two_presidents_and_they()
    {
        var events = Article("Emmanuel Macron criticised Russia on Monday. Vladimir Putin rejected the criticism. The two presidents met in Ankara on Friday. They agreed to resume talks.");
        Assert.Equal(["FRA/GOV", "RUS/GOV"], Codes(Assert.Single(events, e => e.Trigger.Text == "met").Actor));
        Assert.Equal(["FRA/GOV", "RUS/GOV"], Codes(Assert.Single(events, e => e.Trigger.Text == "agreed").Actor));
    }

    [Theory]
    [InlineData("Britain, France and Germany urged Iran on Monday to resume inspections. Iran accused the three countries of bad faith.", "accused", "Recipient", "DEU/GOV FRA/GOV GBR/GOV")]
    [InlineData("Ethiopia and Egypt met Sudan in Khartoum on Monday. The two governments rejected the Sudanese proposal.", "rejected", "Actor", "EGY/GOV ETH/GOV")]
    public void Countries_named_together_are_taken_up_again_by_the_n_countries(string text, string trigger, string side, string expected)
    {
        var e = Assert.Single(Article(text), e => e.Trigger.Text == trigger);
        Assert.Equal(expected.Split(' '), Codes(side == "Actor" ? e.Actor : e.Recipient));
    }

    [Fact]
    public void A_number_of_countries_never_named_together_refers_to_no_one()
    {
        // Iran and Britain were named apart, and are two, not three.
        Assert.DoesNotContain(Article("Iran criticised Britain on Monday. The three countries rejected the plan."),
            e => e.Trigger.Text == "rejected" && e.Actor.Any(a => a.Country is "GBR" or "IRN"));
    }

    [Fact]
    public void The_wire_dateline_is_not_an_actor_and_regions_are_not_the_story_country()
    {
        var events = Article("CAIRO — Israel struck Rafah on Monday. Western diplomats accused Israel of blocking aid.");
        Assert.Equal(["ISR/MIL"], Codes(Assert.Single(events, e => e.EventType == "ASSAULT" && e.Trigger.Text == "struck").Actor));
        var accuse = Assert.Single(events, e => e.EventType == "ACCUSE");
        Assert.Null(Assert.Single(accuse.Actor).Country);
    }

    [Fact]
    public void The_one_accused_of_an_act_is_its_actor()
    {
        var e = Assert.Single(Article("Ukraine accused Russia of shelling Kherson on Monday."), e => e.EventType == "ASSAULT");
        Assert.Equal(["RUS/MIL"], Codes(e.Actor));
    }

    [Fact]
    public void Both_sides_of_a_between_phrase_act()
    {
        var e = Assert.Single(Article("Talks between Armenia and Azerbaijan resumed in Geneva on Monday."), e => e.EventType == "CONSULT");
        Assert.Equal(["ARM/GOV", "AZE/GOV"], Codes(e.Actor));
        Assert.Empty(e.Recipient);
    }
}
