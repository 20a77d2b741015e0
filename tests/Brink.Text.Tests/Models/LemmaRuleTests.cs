namespace Brink.Text.Tests.Models;

public sealed class LemmaRuleTests
{
    [Theory]
    [InlineData("attacked", "attack")]
    [InlineData("The", "the")]
    [InlineData("Ministers", "minister")]
    [InlineData("was", "be")]
    [InlineData("Blinken", "Blinken")]
    [InlineData("n't", "not")]
    public void Derived_rule_maps_the_form_to_its_lemma(string form, string lemma) =>
        Assert.Equal(lemma, LemmaRule.Derive(form, lemma).Apply(form));

    [Fact]
    public void A_rule_learned_on_one_word_generalizes_to_others()
    {
        var rule = LemmaRule.Derive("attacked", "attack");
        Assert.Equal("warn", rule.Apply("warned"));
        Assert.Equal("strike", LemmaRule.Derive("strikes", "strike").Apply("Strikes"));
        Assert.Equal(rule, LemmaRule.Parse(rule.ToString()));
    }

    [Fact]
    public void A_rule_that_does_not_fit_leaves_the_word_alone()
    {
        var rule = LemmaRule.Derive("children", "child");
        Assert.False(rule.Fits("ox"));
        Assert.Equal("ox", rule.Apply("ox"));
    }
}
