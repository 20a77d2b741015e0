using Brink.Text.Tagging;

namespace Brink.Text.Tests.Tagging;

public sealed class SupersensesTests
{
    [Theory]
    [InlineData(1, "adj.all")]
    [InlineData(27, "noun.state")] // WordNet lexicographer file 26, stored plus one
    [InlineData(19, "noun.person")]
    [InlineData(36, "verb.contact")]
    [InlineData(45, "adj.ppl")]
    public void Stored_senses_name_their_WordNet_lexicographer_file(int stored, string name) =>
        Assert.Equal(name, Supersenses.Name((byte)stored));

    [Theory]
    [InlineData(0)]
    [InlineData(46)]
    [InlineData(255)]
    public void No_sense_or_an_unknown_one_has_no_name(int stored) => Assert.Null(Supersenses.Name((byte)stored));
}
