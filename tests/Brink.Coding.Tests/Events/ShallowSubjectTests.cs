using Brink.Coding.Syntax;

namespace Brink.Coding.Tests.Events;

/// <summary>In a sentence left unparsed, a name before any verb or preposition, with a verb after it, is its subject.</summary>
public sealed class ShallowSubjectTests
{
    private static SentenceTree Unparsed(string text)
    {
        int n = text.Split(' ').Length + 1; // the words and the final full stop
        return ForcedTree.Of(text + ".", new int[n], Enumerable.Repeat("dep", n).ToArray());
    }

    [Fact]
    public void A_name_opening_the_sentence_before_its_verb_is_the_subject()
    {
        var t = Unparsed("Soleimani was head of the Quds Force");
        ShallowSubject.Mark(t);
        Assert.Equal("nsubj", t.Rel(t.First));
        Assert.Single(Enumerable.Range(t.First, t.End - t.First), i => t.Rel(i) == "nsubj");
    }

    [Fact]
    public void A_name_after_a_preposition_is_not()
    {
        var t = Unparsed("In Tehran , Soleimani was head of the Quds Force");
        ShallowSubject.Mark(t);
        Assert.DoesNotContain(Enumerable.Range(t.First, t.End - t.First), i => t.Rel(i) == "nsubj");
    }
}
