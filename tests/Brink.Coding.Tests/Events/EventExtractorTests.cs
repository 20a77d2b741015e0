using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Events;

/// <summary>End-to-end coding with the shipped models and data files, on sentences written for these tests.</summary>
public sealed class EventExtractorTests : IClassFixture<EventExtractorTests.Loaded>
{
    public sealed class Loaded
    {
        // The rule stages alone: these tests pin what the rules do, whatever trained coder models/ ships.
        public EventExtractor Extractor { get; } = EventExtractor.Load(Path.Combine(RepoData.Dir, "..", "models"), RepoData.Dir, model: null);
    }

    private static readonly DateOnly Tuesday = new(2024, 4, 16);
    private readonly EventExtractor _x;

    public EventExtractorTests(Loaded l) => _x = l.Extractor;

    private IReadOnlyList<EventRecord> Code(string sentence, string? outlet = "Brink Wire") =>
        _x.Code(EventExtractor.LineArticle(sentence, "t", Tuesday, outlet));

    private EventRecord One(string sentence, string type) => Assert.Single(Code(sentence), e => e.EventType == type);

    [Fact]
    public void Attack_by_described_forces_on_a_city_with_date_and_speaker()
    {
        var e = One("Russian forces attacked Kharkiv on Monday, Ukrainian officials said.", "ASSAULT");
        var actor = Assert.Single(e.Actor);
        Assert.Equal(("RUS", "MIL"), (actor.Country, actor.Sector));
        Assert.Equal("Kharkiv", Assert.Single(e.Recipient).Text);
        Assert.Equal(new DateOnly(2024, 4, 15), e.Date);
        Assert.Equal(DatePrecision.Day, e.DatePrecision);
        Assert.Equal(Modality.Asserted, e.Modality);
        var speaker = e.Attribution!.Speaker!;
        Assert.Equal(("Ukrainian officials", "UKR", "GOV"), (speaker.Text, speaker.Country, speaker.Sector));
        Assert.Equal("attacked", e.Trigger.Text);
        Assert.Equal("material_conflict", e.Quad);
    }

    [Fact]
    public void Office_holders_resolve_by_the_article_date()
    {
        var e = One("Blinken met Gantz in Tel Aviv on Monday.", "CONSULT");
        var a = Assert.Single(e.Actor);
        Assert.Equal(("USA", "GOV", "Antony Blinken"), (a.Country, a.Sector, a.Name));
        Assert.Equal("ISR", Assert.Single(e.Recipient).Country);
    }

    [Fact]
    public void Light_verb_sanctions_take_their_target_from_the_noun()
    {
        var e = One("The United States imposed new sanctions on Iran on Tuesday.", "SANCTION");
        Assert.Equal("USA", Assert.Single(e.Actor).Country);
        Assert.Equal("IRN", Assert.Single(e.Recipient).Country);
        Assert.Equal(Tuesday, e.Date);
    }

    [Fact]
    public void Negation_future_and_hypothetical_are_told_apart()
    {
        Assert.Equal(Modality.Negated, One("Turkey did not attack the Kurdish militants.", "ASSAULT").Modality);
        Assert.Equal(Modality.Future, One("Israel will retaliate against Iran, Netanyahu said.", "ASSAULT").Modality);
        Assert.Equal(Modality.Hypothetical, One("Hamas may have rejected the offer from Egypt.", "REJECT").Modality);
    }

    [Fact]
    public void Speaker_and_named_sources_are_recorded()
    {
        var e = One("Israel will retaliate against Iran, Netanyahu said.", "ASSAULT");
        Assert.Equal("ISR", e.Attribution!.Speaker!.Country);
        var accuse = One("China accused the United States of provoking a crisis, according to Xinhua.", "ACCUSE");
        Assert.Contains(accuse.Attribution!.Sources, s => s.Text == "Xinhua" && s.Named);
        Assert.Equal("USA", Assert.Single(accuse.Recipient).Country);
    }

    [Fact]
    public void Places_attached_to_the_event_fill_the_location()
    {
        var e = One("Iranian-backed militias struck a base near Erbil.", "ASSAULT");
        Assert.Equal(("Erbil", "IRQ"), (e.Location!.Text, e.LocationCountry));
        Assert.Equal("REB", Assert.Single(e.Actor).Sector);
        var met = One("Blinken met Gantz in Tel Aviv on Monday.", "CONSULT");
        Assert.Equal("ISR", met.LocationCountry);
    }

    [Fact]
    public void Definite_descriptions_and_pronouns_refer_back()
    {
        var events = _x.Code(EventExtractor.ReadArticle("Title: t\nPublished: 2024-04-16\n\nHamas rejected the proposal on Monday. On Tuesday the militant group attacked Israel.\n", "t"));
        var attack = Assert.Single(events, e => e.EventType == "ASSAULT");
        var actor = Assert.Single(attack.Actor);
        Assert.Equal(("the militant group", "HAMAS"), (actor.Text, actor.Code));
    }

    [Theory]
    [InlineData("2024-04-16", "Antony Blinken")]
    [InlineData("2025-06-01", "Marco Rubio")]
    public void Offices_named_without_their_holder_resolve_by_date(string published, string secretary)
    {
        var article = EventExtractor.ReadArticle($"Title: t\nPublished: {published}\n\nThe United States condemned the attack. The Secretary of State met the Israeli prime minister in Jerusalem on Monday.\n", "t");
        var meeting = Assert.Single(_x.Code(article), e => e.EventType == "CONSULT");
        Assert.Equal((secretary, "Secretary of State"), (meeting.Actor[0].Name, meeting.Actor[0].Role));
        Assert.Equal(("Benjamin Netanyahu", "ISR"), (meeting.Recipient[0].Name, meeting.Recipient[0].Country));
    }

    [Fact]
    public void Institutions_without_a_country_belong_to_the_story_and_countries_using_force_are_military()
    {
        var article = EventExtractor.ReadArticle("Title: t\nPublished: 2024-04-16\n\nGeorgia's parliament met on Monday. Police detained three activists in Tbilisi.\nNorth Korea attacked South Korea on Tuesday.\n", "t");
        var events = _x.Code(article);
        var detained = Assert.Single(events, e => e.EventType == "COERCE");
        Assert.Equal(("GEO", "COP"), (detained.Actor[0].Country, detained.Actor[0].Sector));
        var attack = Assert.Single(events, e => e.EventType == "ASSAULT");
        Assert.Equal(("PRK", "MIL"), (attack.Actor[0].Country, attack.Actor[0].Sector));
    }

    [Fact]
    public void Text_without_events_yields_nothing()
    {
        Assert.Empty(Code("The weather in Geneva was mild and the lake was calm."));
        Assert.Empty(Code(""));
    }

    [Fact]
    public void Every_offset_points_at_its_text()
    {
        const string text = "Russian forces attacked Kharkiv on Monday, Ukrainian officials said.";
        foreach (var e in Code(text))
        {
            Assert.Equal(e.Trigger.Text, text[e.Trigger.Start..e.Trigger.End]);
            foreach (var a in e.Actor.Concat(e.Recipient)) Assert.Equal(a.Text, text[a.Start..a.End]);
        }
    }

    [Theory]
    [InlineData("Iran rejected Britain's proposal on Monday.", "IRN", "GBR")]
    [InlineData("Russia rejected the American peace plan.", "RUS", "USA")]
    [InlineData("Iran rejected the IAEA's findings on Monday.", "IRN", null)]
    [InlineData("Venezuela has rejected Guyana's claims to the region.", "VEN", "GUY")]
    public void Rejecting_a_proposal_rebuffs_whoever_made_it(string sentence, string actor, string? recipient)
    {
        var e = One(sentence, "REJECT");
        Assert.Equal(actor, Assert.Single(e.Actor).Country);
        var r = Assert.Single(e.Recipient);
        // An international body has no country: it is known by its code.
        if (recipient is null) Assert.Equal("IAEA", r.Code);
        else Assert.Equal(recipient, r.Country);
    }

    [Theory]
    [InlineData("Iran accused Britain of poisoning the atmosphere of the talks.")]
    [InlineData("Russia attacked the Western peace plan on Monday.")]
    public void Force_against_an_idea_or_a_mood_is_a_figure_of_speech(string sentence) =>
        Assert.DoesNotContain(Code(sentence), e => e.EventType == "ASSAULT");

    [Fact]
    public void Force_against_people_or_things_stays_an_attack() =>
        Assert.Single(Code("Rebels attacked the convoy near Goma on Monday."), e => e.EventType == "ASSAULT");

    [Fact]
    public void Military_craft_act_for_their_country_s_forces()
    {
        var e = One("Chinese destroyers blockaded the port on Monday.", "COERCE");
        Assert.Equal(("CHN", "MIL"), (Assert.Single(e.Actor).Country, e.Actor[0].Sector));
    }

    [Fact]
    public void A_person_after_to_is_someone_else_and_a_spokesman_for_a_ministry_speaks_for_its_country()
    {
        var sentenced = One("A former advisor to U.S. President Donald Trump was sentenced in federal court on Wednesday.", "SANCTION");
        var advisor = Assert.Single(sentenced.Recipient);
        Assert.Equal("A former advisor", advisor.Text);
        Assert.Null(advisor.Name);
        var condemned = One("The spokesman for Iran's foreign ministry condemned the attack.", "ACCUSE");
        Assert.Equal(("IRN", "GOV"), (Assert.Single(condemned.Actor).Country, condemned.Actor[0].Sector));
    }

    [Fact]
    public void Seeking_something_from_someone_is_a_request_and_seeking_to_act_is_not()
    {
        var e = One("Ukraine sought more air defence systems from Germany on Monday.", "REQUEST");
        Assert.Equal("DEU", Assert.Single(e.Recipient).Country);
        Assert.DoesNotContain(Code("\"Terrorists seek to divide us,\" the mayor said."), x => x.EventType == "REQUEST");
    }

    [Fact]
    public void Speaking_to_a_news_agency_is_no_consultation()
    {
        Assert.DoesNotContain(Code("Speaking to Agence France-Presse, the president said the talks had failed."), e => e.EventType == "CONSULT");
    }

    [Fact]
    public void Condemning_the_attack_accuses_whoever_carried_out_the_earlier_one_and_drones_are_the_means()
    {
        var events = Code("Russian forces attacked Kharkiv with drones on Monday. Ukraine condemned the attack.");
        var attack = Assert.Single(events, e => e.EventType == "ASSAULT");
        Assert.Equal("UKR", Assert.Single(attack.Recipient).Country);
        var condemned = Assert.Single(events, e => e.EventType == "ACCUSE");
        Assert.Equal(("RUS", "MIL"), (Assert.Single(condemned.Recipient).Country, condemned.Recipient[0].Sector));
    }

    [Fact]
    public void What_an_accusation_charges_is_claimed()
    {
        var events = Code("Congo accused Rwanda of arming the rebels.");
        Assert.Equal(Modality.Asserted, Assert.Single(events, e => e.EventType == "ACCUSE").Modality);
        Assert.Equal(Modality.Claimed, Assert.Single(events, e => e.EventType == "AID").Modality);
        Assert.Equal(Modality.Claimed, One("Kyiv blamed Russian troops for shelling the dam.", "ASSAULT").Modality);
    }

    [Fact]
    public void A_threat_to_act_under_a_condition_is_conditional()
    {
        Assert.Equal(Modality.Conditional, One("Israel threatened to strike the port of Hodeidah if a Houthi missile causes casualties.", "THREATEN").Modality);
        Assert.Equal(Modality.Asserted, One("Israel threatened to strike the port of Hodeidah.", "THREATEN").Modality);
    }

    [Theory]
    [InlineData("The opposition leader founded the party in 1990 but was arrested in 1993.", "opposition leader")]
    [InlineData("Protesters demanded the release of Ales Bialiatski, who was arrested in July.", "Bialiatski")]
    public void A_passive_verb_sharing_its_subject_has_that_subject_undergo_it(string sentence, string arrested)
    {
        var e = One(sentence, "COERCE");
        Assert.Empty(e.Actor);
        Assert.EndsWith(arrested, Assert.Single(e.Recipient).Text);
    }
}
