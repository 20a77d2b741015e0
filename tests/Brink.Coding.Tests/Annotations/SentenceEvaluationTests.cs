using Brink.Coding.Actors;
using Brink.Coding.Annotations;
using Brink.Coding.Evaluation;
using static Brink.Coding.Tests.Annotations.AnnotationFixtures;

namespace Brink.Coding.Tests.Annotations;

public sealed class SentenceEvaluationTests
{
    private static readonly Dictionary<string, Actor> Organizations = new()
    {
        ["HAMAS"] = new Actor("HAMAS", "Hamas", "PSE", "REB", ActorKind.Organization),
        ["UN"] = new Actor("UN", "United Nations", null, "IGO", ActorKind.Organization),
    };

    // The scorer alone: records are written by hand, so the coder of the day does not decide these tests.
    private static SentenceScores Score(AnnotatedSentence row, params EventRecord[] records) =>
        new SentenceEvaluation(null!, code => Organizations.GetValueOrDefault(code)).Score([(row, records)]);

    private static FieldScore Field(SentenceScores s, string name) => s.Fields.Single(f => f.Field == name);

    private const string Expel = "Belarus expels Ukrainian diplomats.";

    private static AnnotatedSentence ExpelRow() =>
        Row("ce1", Expel, Event(Expel, "expels", "SANCTION", [Entity("Belarus", Expel, "BLR/GOV")], [Entity("Ukrainian diplomats", Expel, "UKR/GOV")]));

    [Fact]
    public void A_record_with_the_annotated_type_actor_and_recipient_is_found()
    {
        var s = Score(ExpelRow(), Record(Expel, "expels", "SANCTION", [Mention(Expel, "Belarus", "BLR", "GOV")], [Mention(Expel, "Ukrainian diplomats", "UKR", "GOV")]));
        Assert.Equal((1, 1, 1), (Field(s, "event").Correct, Field(s, "event").Predicted, Field(s, "event").Gold));
        Assert.Equal(100.0, Field(s, "event").F1);
        Assert.Equal(100.0, s.OneEventTypeAccuracy);
        Assert.Equal(0, s.RecordsWithoutActor);
    }

    [Fact]
    public void A_record_with_the_wrong_actor_is_not_an_event_hit_but_keeps_its_type()
    {
        var errors = new List<string>();
        var s = new SentenceEvaluation(null!, _ => null).Score([(ExpelRow(), (IReadOnlyList<EventRecord>)[Record(Expel, "expels", "SANCTION", [Mention(Expel, "Belarus", "UKR", "GOV")], [Mention(Expel, "Ukrainian diplomats", "UKR", "GOV")])])], errors.Add);
        Assert.Equal(0, Field(s, "event").Correct);
        Assert.Equal(1, Field(s, "type").Correct);
        Assert.Equal(0, Field(s, "actor").Correct);
        Assert.Equal(1, Field(s, "recipient").Correct);
        Assert.Equal("ce1 'expels': actor expected BLR/GOV (Belarus), got UKR/GOV (Belarus) | " + Expel, Assert.Single(errors));
    }

    [Fact]
    public void A_reciprocal_event_matches_on_all_parties_however_the_record_splits_them()
    {
        const string s = "Abiy Ahmed meets with officials of the Tigray People's Liberation Front.";
        var row = Row("ce2", s, Event(s, "meets", "CONSULT", [Entity("Abiy Ahmed", s, "ETH/GOV"), Entity("officials of the Tigray People's Liberation Front", s, "ETH/REB")], []));
        var split = Score(row, Record(s, "meets", "CONSULT", [Mention(s, "Abiy Ahmed", "ETH", "GOV")], [Mention(s, "officials", "ETH", "REB")]));
        Assert.Equal(1, Field(split, "event").Correct);
        var missingParty = Score(row, Record(s, "meets", "CONSULT", [Mention(s, "Abiy Ahmed", "ETH", "GOV")], []));
        Assert.Equal(0, Field(missingParty, "event").Correct);
    }

    [Fact]
    public void An_event_with_no_named_actor_wants_a_record_with_none()
    {
        const string s = "A car bomb kills 17 civilians in Ras al-Ayn, Syria.";
        var row = Row("ce3", s, Event(s, "kills", "ASSAULT", [], [Entity("17 civilians", s, "SYR/CVL")]));
        var none = Score(row, Record(s, "kills", "ASSAULT", [], [Mention(s, "17 civilians", "SYR", "CVL")]));
        Assert.Equal(1, Field(none, "event").Correct);
        Assert.Equal(1, none.RecordsWithoutActor);
        var guessed = Score(row, Record(s, "kills", "ASSAULT", [Mention(s, "A car bomb", "SYR", "REB")], [Mention(s, "17 civilians", "SYR", "CVL")]));
        Assert.Equal(0, Field(guessed, "event").Correct);
    }

    [Fact]
    public void An_organisation_code_matches_its_code_or_its_home_country_and_sector()
    {
        const string s = "Hamas fires rockets at Israel.";
        var row = Row("ce4", s, Event(s, "fires", "ASSAULT", [Entity("Hamas", s, "HAMAS")], [Entity("Israel", s, "ISR/GOV")]));
        Assert.Equal(1, Field(Score(row, Record(s, "fires", "ASSAULT", [Mention(s, "Hamas", "PSE", "REB", "HAMAS")], [Mention(s, "Israel", "ISR", "GOV")])), "event").Correct);
        Assert.Equal(1, Field(Score(row, Record(s, "fires", "ASSAULT", [Mention(s, "Hamas", "PSE", "REB", "PSE")], [Mention(s, "Israel", "ISR", "GOV")])), "event").Correct);
        Assert.Equal(0, Field(Score(row, Record(s, "fires", "ASSAULT", [Mention(s, "Hamas", "PSE", "GOV", "PSE")], [Mention(s, "Israel", "ISR", "GOV")])), "event").Correct);
    }

    [Fact]
    public void Misses_and_spurious_records_land_in_the_confusion_matrix_as_none()
    {
        const string s = "Police arrest protesters; the army shells a village.";
        var row = Row("ce5", s, Event(s, "arrest", "COERCE", [Entity("Police", s, "ARG/COP")], [Entity("protesters", s, "ARG/CVL")]));
        var scores = Score(row, Record(s, "shells", "ASSAULT", [Mention(s, "the army", "ARG", "MIL")], []));
        Assert.Equal(1, scores.Confusion[("COERCE", "NONE")]);
        Assert.Equal(1, scores.Confusion[("NONE", "ASSAULT")]);
        Assert.Equal(0, scores.OneEventTypeCorrect);
    }
}
