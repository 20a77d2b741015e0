using Brink.Coding.Lexicon;

namespace Brink.Coding.Tests.Lexicon;

public sealed class TriggerPatternParserTests
{
    private static TriggerPattern Parse(string text) => TriggerPatternParser.Parse(text, problem => new FormatException(problem));

    [Fact]
    public void Empty_pattern()
    {
        Assert.Same(TriggerPattern.Empty, Parse(""));
    }

    [Fact]
    public void Every_token_kind()
    {
        var p = Parse("+prt:out +obj:chemical_weapon +subj:worker +prep:on:strike +prep:with +xcomp:invade +mod:drone +mod:armed");
        Assert.Equal(8, p.Count);
        Assert.Equal(("out", "chemical_weapon", "worker", "invade"), (p.Particle, p.Object, p.Subject, p.XcompVerb));
        Assert.Equal(["chemical", "weapon"], p.Tokens[1].LemmaParts);
        Assert.Equal(
            [new PatternToken(PatternSlot.Preposition, "on", "strike"), new PatternToken(PatternSlot.Preposition, "with", null)],
            p.Prepositions);
        Assert.Equal(["drone", "armed"], p.Modifiers);
        Assert.Equal("+prt:out +obj:chemical_weapon +subj:worker +prep:on:strike +prep:with +xcomp:invade +mod:drone +mod:armed", p.ToString());
    }

    [Fact]
    public void A_bare_object_requires_an_object_but_adds_no_specificity()
    {
        var p = Parse("+obj +prep:from");
        Assert.Null(p.Object);
        Assert.Equal(new PatternToken(PatternSlot.Object, null, null), p.Tokens[0]);
        Assert.Equal((2, 1), (p.Count, p.Specificity));
        Assert.Equal("+obj +prep:from", p.ToString());
    }

    [Fact]
    public void Patterns_with_the_same_tokens_are_equal()
    {
        Assert.Equal(Parse("+prep:on +xcomp"), Parse("+prep:on +xcomp"));
        Assert.NotEqual(Parse("+prep:on +xcomp"), Parse("+xcomp +prep:on"));
    }

    [Theory]
    [InlineData("+obj:", "not a lower-case lemma")]
    [InlineData("+prep:for:release:now", "wrong number")]
    [InlineData("+prep", "wrong number")]
    [InlineData("+xcomp:a:b", "wrong number")]
    [InlineData("+foo:bar", "unknown token")]
    [InlineData("obj:sanction", "must start with '+'")]
    [InlineData("+obj:Sanction", "not a lower-case lemma")]
    [InlineData("+obj:a  +prep:on", "empty token")]
    [InlineData("+obj:a ", "empty token")]
    [InlineData("+obj:a +obj:b", "appears twice")]
    [InlineData("+xcomp +xcomp:go", "appears twice")]
    public void Malformed_patterns(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => Parse(text));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Recipients()
    {
        var slots = TriggerPatternParser.ParseRecipients(["prep:on", "poss", "obj", "iobj"], p => new FormatException(p));
        Assert.Equal(
            [new RecipientSlot(RecipientKind.Preposition, "on"), new RecipientSlot(RecipientKind.Possessor, null),
             new RecipientSlot(RecipientKind.Object, null), new RecipientSlot(RecipientKind.IndirectObject, null)],
            slots);
        Assert.Throws<FormatException>(() => TriggerPatternParser.ParseRecipients(["prep:"], p => new FormatException(p)));
        Assert.Throws<FormatException>(() => TriggerPatternParser.ParseRecipients(["subj"], p => new FormatException(p)));
    }
}
