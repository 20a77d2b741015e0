using Brink.Coding.Events;

namespace Brink.Coding.Tests.Events;

/// <summary>"the attack carried out by X against Y": a participle on an event noun names who acted, wherever the parser hangs it.</summary>
public sealed class NounParticipleTests
{
    private static (List<int> Actors, List<int> Recipients) Arguments(string text, int[] heads, string[] rels, int noun)
    {
        var t = ForcedTree.Of(text, heads, rels);
        var (actors, recipients) = EventArguments.Find(t, t.First + noun - 1, null, noun: true, _ => false);
        return (actors.Select(a => a - t.First + 1).ToList(), recipients.Select(r => r - t.First + 1).ToList());
    }

    // "Norway condemned the attack carried out by Sweden against Finland ."
    private const string Text = "Norway condemned the attack carried out by Sweden against Finland.";

    [Fact]
    public void The_participle_on_the_noun_gives_agent_and_target()
    {
        var (actors, recipients) = Arguments(Text, [2, 0, 4, 2, 4, 5, 8, 5, 10, 5, 2],
            ["nsubj", "root", "det", "obj", "acl", "compound:prt", "case", "obl:agent", "case", "obl", "punct"], noun: 4);
        Assert.Equal([8], actors);
        Assert.Equal([10], recipients);
    }

    [Theory]
    [InlineData("parataxis")]
    [InlineData("conj")]
    [InlineData("advcl")]
    public void A_participle_hung_on_the_governing_verb_still_names_the_agent(string rel)
    {
        var (actors, _) = Arguments(Text, [2, 0, 4, 2, 2, 5, 8, 5, 10, 5, 2],
            ["nsubj", "root", "det", "obj", rel, "compound:prt", "case", "obl", "case", "obl", "punct"], noun: 4);
        Assert.Equal([8], actors);
    }

    [Fact]
    public void The_noun_read_as_the_subject_of_the_participle_still_names_the_agent()
    {
        var (actors, _) = Arguments(Text, [2, 0, 4, 5, 2, 5, 8, 5, 10, 5, 2],
            ["nsubj", "root", "det", "nsubj", "ccomp", "compound:prt", "case", "obl", "case", "obl", "punct"], noun: 4);
        Assert.Equal([8], actors);
    }

    [Fact]
    public void The_agent_of_a_passive_is_not_the_nouns()
    {
        // "The attack was condemned by Norway ." : Norway condemned, it did not attack.
        var (actors, _) = Arguments("The attack was condemned by Norway.", [2, 4, 4, 0, 6, 4, 4],
            ["det", "nsubj:pass", "aux:pass", "root", "case", "obl:agent", "punct"], noun: 2);
        Assert.Empty(actors);
    }
}
