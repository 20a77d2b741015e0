using Brink.Coding.Annotations;
using Brink.Coding.Events;
using Brink.Coding.Learning;
using Brink.Coding.Tests.Data;
using Brink.Text;
using static Brink.Coding.Tests.Annotations.AnnotationFixtures;

namespace Brink.Coding.Tests.Learning;

/// <summary>The learned stages trained on a handful of sentences written for the test: they must pick up what the fixture teaches.</summary>
public sealed class LearnedCoderTests
{
    private static readonly Lazy<TextPipeline> Pipeline = new(() => TextPipeline.Load(Path.Combine(RepoData.Dir, "..", "models")));
    private static readonly Lazy<CodingKnowledge> Knowledge = new(() => CodingKnowledge.Load(RepoData.Dir));

    private static AnnotatedSentence Expel(string id, string actor, string actorCode, string recipient, string recipientCode)
    {
        string s = $"{actor} expelled {recipient} on Monday.";
        return Row(id, s, Event(s, "expelled", "SANCTION", [Entity(actor, s, actorCode)], [Entity(recipient, s, recipientCode)]));
    }

    private static AnnotatedSentence Shell(string id, string actor, string actorCode, string place)
    {
        string s = $"{actor} shelled {place} overnight.";
        return Row(id, s, Event(s, "shelled", "ASSAULT", [Entity(actor, s, actorCode)], []));
    }

    private static List<AnnotatedSentence> Fixture() =>
    [
        Expel("ce1", "Belarus", "BLR/GOV", "Ukrainian diplomats", "UKR/GOV"),
        Expel("ce2", "Russia", "RUS/GOV", "British diplomats", "GBR/GOV"),
        Expel("ce3", "Poland", "POL/GOV", "Russian diplomats", "RUS/GOV"),
        Expel("ce4", "Germany", "DEU/GOV", "Iranian diplomats", "IRN/GOV"),
        Shell("ce5", "Russian forces", "RUS/MIL", "Kharkiv"),
        Shell("ce6", "Syrian troops", "SYR/MIL", "Idlib"),
        Shell("ce7", "Israeli artillery", "ISR/MIL", "Gaza"),
        Row("ce8", "Rain fell on the capital on Monday."),
        Row("ce9", "The minister visited a factory."),
    ];

    [Fact]
    public void The_trained_stages_code_an_unseen_sentence_of_a_kind_the_fixture_teaches()
    {
        var model = CoderTrainer.Train(Fixture(), Pipeline.Value, Knowledge.Value, new CoderTrainer.Options(Epochs: 10, Seed: 1, Date: "2026-12-06"), "fixture");
        var e = CodeOne(model, "France expelled Algerian diplomats on Monday.");
        Assert.Equal(("SANCTION", "expelled"), (e.EventType, e.Trigger.Text));
        Assert.Equal("FRA", Assert.Single(e.Actor).Country);
        Assert.Equal("DZA", Assert.Single(e.Recipient).Country);
    }

    private static AnnotatedSentence Arrested(string id, string who, string whoCode, string place, string police)
    {
        string s = $"{who} are arrested in {place}.";
        return Row(id, s, Event(s, "arrested", "COERCE", [Implicit(police)], [Entity(who, s, whoCode)]));
    }

    private static EventRecord CodeOne(CoderModel model, string sentence, bool keepUnresolved = false)
    {
        var coder = new EventCoder(Knowledge.Value, model, keepUnresolved);
        var article = EventExtractor.LineArticle(sentence, "t", new DateOnly(2024, 4, 16), null);
        return Assert.Single(coder.Code(article, Pipeline.Value.Process(article.Text, s => coder.ReadsParse(article, s))));
    }

    [Fact]
    public void A_state_act_with_no_named_agent_gets_the_unnamed_arm_of_the_state_where_it_happened()
    {
        var rows = new List<AnnotatedSentence>
        {
            Arrested("ce1", "Five students", "PER/EDU", "Peru", "PER/COP"),
            Arrested("ce2", "Three journalists", "TUR/JRN", "Turkey", "TUR/COP"),
            Arrested("ce3", "Twelve protesters", "IRN/CVL", "Iran", "IRN/COP"),
            Arrested("ce4", "Two activists", "EGY/NGO", "Egypt", "EGY/COP"),
        };
        rows.AddRange(Fixture());
        var model = CoderTrainer.Train(rows, Pipeline.Value, Knowledge.Value, new CoderTrainer.Options(Epochs: 10, Seed: 1, Date: "2026-12-06"), "fixture");
        var e = CodeOne(model, "Four bloggers are arrested in Chile.");
        Assert.Equal("COERCE", e.EventType);
        var actor = Assert.Single(e.Actor);
        Assert.Equal(("CHL", "COP"), (actor.Country, actor.Sector));
    }

    [Fact]
    public void A_record_whose_named_actor_nobody_can_place_is_left_out_unless_asked_for()
    {
        var model = CoderTrainer.Train(Fixture(), Pipeline.Value, Knowledge.Value, new CoderTrainer.Options(Epochs: 10, Seed: 1, Date: "2026-12-06"), "fixture");
        var coder = new EventCoder(Knowledge.Value, model);
        var article = EventExtractor.LineArticle("Zorblax expelled Algerian diplomats on Monday.", "t", new DateOnly(2024, 4, 16), null);
        Assert.Empty(coder.Code(article, Pipeline.Value.Process(article.Text, s => coder.ReadsParse(article, s))));
        var kept = CodeOne(model, "Zorblax expelled Algerian diplomats on Monday.", keepUnresolved: true);
        Assert.Equal("SANCTION", kept.EventType);
        Assert.All(kept.Actor, a => Assert.Null(a.Country));
    }

    [Fact]
    public void Training_examples_take_each_annotated_span_at_its_head_word()
    {
        var examples = new CoderExamples();
        examples.Add(Fixture()[0], Pipeline.Value, Knowledge.Value);
        Assert.Equal(1, examples.Events);
        Assert.Equal(0, examples.UncoveredEvents);
        // One positive trigger among the candidate words, one actor and one recipient among the candidate phrases.
        Assert.Equal(1, examples.Type.Count(x => x.Label != 0));
        Assert.Equal(1, examples.Argument.Count(x => x.Label == (int)ArgumentRole.Actor));
        Assert.Equal(1, examples.Argument.Count(x => x.Label == (int)ArgumentRole.Recipient));
    }

    [Fact]
    public void A_recipient_slack_lets_an_event_the_model_gave_no_recipient_take_its_likeliest_phrase()
    {
        // The fixture's shellings have no recipient, so the model alone leaves the shelled place out.
        var model = CoderTrainer.Train(Fixture(), Pipeline.Value, Knowledge.Value, new CoderTrainer.Options(Epochs: 10, Seed: 1, Date: "2026-12-06"), "fixture");
        const string sentence = "Russian forces shelled Kharkiv overnight.";
        Assert.Empty(CodeOne(model, sentence).Recipient);
        var eager = model.With(model.Slacks with { Recipient = float.MaxValue }, model.Metadata);
        Assert.Equal("Kharkiv", Assert.Single(CodeOne(eager, sentence).Recipient).Text);
    }

    [Fact]
    public void The_decision_slacks_survive_the_model_file()
    {
        var model = CoderTrainer.Train(Fixture(), Pipeline.Value, Knowledge.Value, new CoderTrainer.Options(Epochs: 2, Seed: 1, Date: "2026-12-06"), "fixture");
        var slacks = new DecisionSlacks(Type: 2.5f, Actor: 10, Recipient: 20);
        string path = Path.Combine(Path.GetTempPath(), $"coder-{Guid.NewGuid():N}.bkm");
        try
        {
            model.With(slacks, model.Metadata).Write(path);
            Assert.Equal(slacks, CoderModel.Read(path).Slacks);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_person_nobody_knows_is_a_civilian_of_the_country_the_sentence_names_but_an_actor_does_not_take_the_other_partys()
    {
        var model = CoderTrainer.Train(Fixture(), Pipeline.Value, Knowledge.Value, new CoderTrainer.Options(Epochs: 10, Seed: 1, Date: "2026-12-06"), "fixture");
        var recipient = Assert.Single(CodeOne(model, "Germany expelled Marek Zorblaski on Monday.").Recipient);
        Assert.Equal(("Marek Zorblaski", "DEU", "CVL"), (recipient.Text, recipient.Country, recipient.Sector));
        // As an actor, "Algerian" is the other party's country: the name stays unplaced, and the record is left out.
        var coder = new EventCoder(Knowledge.Value, model);
        var article = EventExtractor.LineArticle("Marek Zorblaski expelled Algerian diplomats on Monday.", "t", new DateOnly(2024, 4, 16), null);
        Assert.Empty(coder.Code(article, Pipeline.Value.Process(article.Text, s => coder.ReadsParse(article, s))));
    }
}
