using Brink.Coding.Annotations;
using static Brink.Coding.Tests.Annotations.AnnotationFixtures;

namespace Brink.Coding.Tests.Annotations;

public sealed class AnnotationAgreementTests
{
    private const string S1 = "Belarus expels Ukrainian diplomats, accusing Kyiv of interference.";
    private const string S2 = "A car bomb kills 17 civilians in Syria.";
    private const string S3 = "Heavy rain floods the valley.";

    private static AnnotatedSentence[] Annotation(string expelType, bool withAccusation, string victims) =>
    [
        Row("ce1", S1, [Event(S1, "expels", expelType, [Entity("Belarus", S1, "BLR/GOV")], [Entity("Ukrainian diplomats", S1, "UKR/GOV")]),
            .. withAccusation ? new[] { Event(S1, "accusing", "ACCUSE", [Implicit("BLR/GOV")], [Entity("Kyiv", S1, "UKR/GOV")]) } : []]),
        Row("ce2", S2, Event(S2, "kills", "ASSAULT", [], [Entity("17 civilians", S2, victims)])),
        Row("ce3", S3),
    ];

    [Fact]
    public void Identical_annotations_agree_fully()
    {
        var r = AnnotationAgreement.Compare(Annotation("SANCTION", true, "SYR/CVL"), Annotation("SANCTION", true, "SYR/CVL"));
        Assert.Equal((3, 3, 3, 3), (r.Rows, r.EventsA, r.EventsB, r.Paired));
        Assert.Equal(1.0, r.TypeKappaWithNone, 6);
        Assert.Equal(1.0, r.RecipientAgreement, 6);
        Assert.Empty(r.Disagreements);
    }

    [Fact]
    public void A_different_type_a_missed_event_and_a_different_recipient_each_count_against_agreement()
    {
        var r = AnnotationAgreement.Compare(Annotation("SANCTION", true, "SYR/CVL"), Annotation("COERCE", false, "?/CVL"));
        Assert.Equal((3, 2, 2), (r.EventsA, r.EventsB, r.Paired));
        Assert.Equal(0.8, r.EventF1, 6);
        Assert.True(r.TypeKappa < 1);
        Assert.True(r.TypeKappaWithNone < r.TypeKappa || r.TypeKappa < 0.5);
        Assert.Equal(0.5, r.RecipientAgreement, 6);
        Assert.Equal(1.0, r.ActorAgreement, 6);
        Assert.Equal(3, r.Disagreements.Count);
        Assert.Contains(r.Disagreements, d => d.StartsWith("ce1 'accusing': A only ACCUSE", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_triggers_of_one_event_close_together_with_a_shared_party_pair_up()
    {
        const string s = "The European Union imposes sanctions on Russia.";
        var a = new[] { Row("ce9", s, Event(s, "imposes", "SANCTION", [Entity("The European Union", s, "EU")], [Entity("Russia", s, "RUS/GOV")])) };
        var b = new[] { Row("ce9", s, Event(s, "sanctions", "SANCTION", [Entity("The European Union", s, "EU")], [Entity("Russia", s, "RUS/GOV")])) };
        Assert.Equal(1, AnnotationAgreement.Compare(a, b).Paired);
    }

    [Fact]
    public void Two_words_of_one_event_of_the_same_type_pair_up_even_when_the_parties_differ_and_far_apart_ones_do_not()
    {
        const string s = "Two Taliban leaders are killed in Pakistani airstrikes in Kabul.";
        var a = new[] { Row("ce8", s, Event(s, "killed", "ASSAULT", [Implicit("PAK/MIL")], [Entity("Two Taliban leaders", s, "TTP")])) };
        var b = new[] { Row("ce8", s, Event(s, "airstrikes", "ASSAULT", [Entity("Pakistani", s, "PAK/GOV")], [])) };
        Assert.Equal(1, AnnotationAgreement.Compare(a, b).Paired);
        const string far = "Protesters marched through the capital on Monday, and many hours later, in another province, soldiers fired on a crowd.";
        var c = new[] { Row("ce9", far, Event(far, "marched", "ASSAULT", [], [])) };
        var d = new[] { Row("ce9", far, Event(far, "fired", "ASSAULT", [], [])) };
        Assert.Equal(0, AnnotationAgreement.Compare(c, d).Paired);
    }
}
