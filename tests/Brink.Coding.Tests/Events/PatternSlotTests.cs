using Brink.Coding.Events;
using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Events;

/// <summary>Trigger patterns checked on trees the test sets, so each rule is tested whatever the parser reads.</summary>
public sealed class PatternSlotTests
{
    private static readonly Lazy<CodingKnowledge> Knowledge = new(() => CodingKnowledge.Load(RepoData.Dir));

    private static IEnumerable<string?> Readings(string lemma, Syntax.SentenceTree t, int verb) =>
        Knowledge.Value.Triggers(lemma, noun: false).Where(r => r.Matches(t, t.First + verb - 1)).Select(r => r.Type + "/" + r.Mode);

    [Fact]
    public void Any_conjunct_of_the_object_fills_the_object_slot()
    {
        // "China massed navy and coast guard ships ." with "ships" a conjunct of the object "navy".
        var t = ForcedTree.Of("China massed navy and coast guard ships.", [2, 0, 2, 7, 6, 7, 3, 2],
            ["nsubj", "root", "obj", "cc", "compound", "compound", "conj", "punct"]);
        Assert.Contains("MOBILIZE/weapons", Readings("mass", t, 2));
    }

    [Fact]
    public void An_object_that_is_no_slot_word_nor_conjunct_of_one_does_not_fill_it()
    {
        var t = ForcedTree.Of("China massed navy sailors.", [2, 0, 4, 2, 2], ["nsubj", "root", "compound", "obj", "punct"]);
        Assert.DoesNotContain("MOBILIZE/weapons", Readings("mass", t, 2));
    }
}
