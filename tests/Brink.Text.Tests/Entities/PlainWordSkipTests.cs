using Brink.Text.Entities;
using Brink.Text.Tests.Fixtures;

namespace Brink.Text.Tests.Entities;

/// <summary>Words that cannot start a name are tagged "O" without scoring; in well-cased news that must change no entity.</summary>
public sealed class PlainWordSkipTests
{
    private static readonly Lazy<TextPipeline> Shipped = new(() => TextPipeline.Load(ShippedModels.Dir));

    // Names that start with a lowercase particle, and names among long runs of plain words.
    private const string News = """
        The leader of al-Qaeda, Osama bin Laden, was killed in Abbottabad in 2011, officials in Washington said.
        New York mayor Bill de Blasio met the head of the United Nations refugee agency on Tuesday.
        Houthi fighters fired two missiles at a commercial ship in the Red Sea, the U.S. military said.
        Talks between the two governments resumed after a pause of several months, according to diplomats in Geneva.
        """;

    private static string[] Entities(bool skip)
    {
        var ner = Shipped.Value.Components.OfType<EntityRecognizer>().Single();
        ner.SkipsPlainWords = skip;
        try
        {
            var doc = Shipped.Value.Process(News);
            return Enumerable.Range(0, doc.Count).Select(i => doc[i].Entity).ToArray();
        }
        finally
        {
            ner.SkipsPlainWords = true;
        }
    }

    [Fact]
    public void Skipping_plain_words_changes_no_entity_in_well_cased_news()
    {
        var scored = Entities(skip: false);
        Assert.Contains(scored, e => e != "O");
        Assert.Equal(scored, Entities(skip: true));
    }

    [Theory]
    [InlineData("fighters of al - Qaeda attacked", 2, false)] // "al" before a capital may start a name
    [InlineData("Osama bin Laden was killed", 1, false)]
    [InlineData("the army said on Monday", 2, false)] // "said": "on" is plain, but "Monday" comes two words later
    [InlineData("the army said on Monday", 1, true)]
    [InlineData("the talks resumed after a pause", 3, true)]
    [InlineData("the talks resumed after a pause", 5, true)]
    public void A_name_starts_at_a_capital_a_digit_or_a_word_just_before_one(string text, int word, bool cannot)
    {
        var doc = TextPipeline.Blank().Process(text);
        var gaz = new byte[doc.Count];
        Assert.Equal(cannot, EntityRecognizer.CannotStartName(doc.Hashes, gaz, word));
    }
}
