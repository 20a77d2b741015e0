using Brink.Text.Learning;
using Brink.Text.Tagging;

namespace Brink.Text.Tests.Tagging;

public sealed class LemmaTableTests
{
    private const int Verb = 7;

    // Training words whose longest suffixes teach "-lled -> -l" and "-ided -> -ide", as English does for
    // compel/control and decide/divide, while the plain "-ed -> ''" rule is the most frequent for "-ed".
    private static readonly (string, int, string)[] Training =
    [
        ("compelled", Verb, "compel"), ("controlled", Verb, "control"), ("patrolled", Verb, "patrol"),
        ("decided", Verb, "decide"), ("divided", Verb, "divide"), ("provided", Verb, "provide"),
        ("walked", Verb, "walk"), ("talked", Verb, "talk"), ("helped", Verb, "help"), ("opened", Verb, "open"),
        ("killed", Verb, "kill"), ("called", Verb, "call"), ("ended", Verb, "end"), ("added", Verb, "add"),
    ];

    private static string Lemma(LemmaTable table, string form, WordNetLexicon? lexicon) =>
        table.Rules.Apply(table.Lookup(form, FeatureHash.OfLower(form), Verb, false, lexicon, WordNetLexicon.Verb), form);

    /// <summary>A lexicon that knows <paramref name="words"/> with the given parts of speech.</summary>
    private static WordNetLexicon Knowing(params (string Word, int Pos)[] words) =>
        new(words.ToDictionary(w => FeatureHash.OfLower(w.Word), w => (byte)w.Pos), []);

    private const int NounOrVerb = WordNetLexicon.Noun | WordNetLexicon.Verb;

    [Fact]
    public void An_unseen_word_takes_the_longest_suffix_rule_whose_lemma_the_lexicon_knows()
    {
        var table = LemmaTable.Build(Training);
        var lexicon = Knowing(("shell", NounOrVerb), ("raid", NounOrVerb), ("collide", WordNetLexicon.Verb));
        Assert.Equal("shel", Lemma(table, "shelled", null));
        Assert.Equal("shell", Lemma(table, "shelled", lexicon));
        Assert.Equal("raid", Lemma(table, "raided", lexicon));
        Assert.Equal("collide", Lemma(table, "collided", lexicon));
        // Seen words keep their own rule, and words the lexicon does not know keep the longest suffix's.
        Assert.Equal("compel", Lemma(table, "compelled", lexicon));
        Assert.Equal("zorbide", Lemma(table, "zorbided", lexicon));
    }

    [Fact]
    public void When_no_learned_rule_gives_a_known_lemma_wordnet_detachment_rules_do()
    {
        var table = LemmaTable.Build(Training);
        var lexicon = Knowing(("blockade", NounOrVerb), ("ram", NounOrVerb));
        // The training data's rules give "blockad" and "ramm"; WordNet's "-ed -> -e" and undoubling give known verbs.
        Assert.Equal("blockade", Lemma(table, "blockaded", lexicon));
        Assert.Equal("ram", Lemma(table, "rammed", lexicon));
        Assert.Equal("ram", Lemma(table, "ramming", lexicon));
        // A word the lexicon does not know under any rule still takes the longest suffix's rule.
        Assert.Equal("zorbide", Lemma(table, "zorbided", lexicon));
    }
}
