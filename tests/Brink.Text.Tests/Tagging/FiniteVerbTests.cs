using Brink.Text;
using Brink.Text.Tests.Fixtures;

namespace Brink.Text.Tests.Tagging;

/// <summary>
/// The shipped tagger's repair of sentences without a finite verb: a past participle between a noun
/// phrase and an object becomes a past tense, a headline's present tense read as a noun ("kills", "arrest") a present
/// tense; headline passives ("detained by police") stay participles, and titles without a verb keep their nouns.
/// </summary>
public sealed class FiniteVerbTests
{
    private static readonly Lazy<TextPipeline> Pipeline = new(() => TextPipeline.Load(ShippedModels.Dir));

    private static string TagOf(string sentence, string word)
    {
        var doc = Pipeline.Value.Process(sentence);
        foreach (var t in doc.Tokens)
            if (t.Text == word) return t.Xpos;
        throw new ArgumentException($"'{word}' is not a token of '{sentence}'.");
    }

    [Theory]
    [InlineData("Israeli aircraft struck targets in southern Lebanon.", "struck")]
    [InlineData("The European Union imposed sanctions on the national carrier Iran Air last month.", "imposed")]
    public void A_participle_between_subject_and_object_becomes_the_finite_verb(string sentence, string verb) =>
        Assert.Equal("VBD", TagOf(sentence, verb));

    [Theory]
    [InlineData("Police arrest two former ministers in the capital.", "arrest", "VBP")]
    [InlineData("Troops raid opposition offices in the capital.", "raid", "VBP")]
    [InlineData("An airstrike kills forty fighters near the border town.", "kills", "VBZ")]
    [InlineData("The northern province bans public gatherings after the riots.", "bans", "VBZ")]
    public void A_headline_present_tense_read_as_a_noun_becomes_the_finite_verb(string sentence, string verb, string tag) =>
        Assert.Equal(tag, TagOf(sentence, verb));

    [Theory]
    [InlineData("Attacks on foreign bases in the north", "Attacks")]
    [InlineData("Rocket attacks near the airport", "attacks")]
    public void A_verbless_title_keeps_its_nouns(string sentence, string noun) =>
        Assert.Equal("NNS", TagOf(sentence, noun));

    [Fact]
    public void A_headline_passive_keeps_its_participle() =>
        Assert.Equal("VBN", TagOf("Protesters detained by police in Tbilisi", "detained"));
}
