using Brink.Text.Entities;
using Brink.Text.Learning;

namespace Brink.Text.Tests.Parsing;

public sealed class NameRunsTests
{
    private static WordHashes[] Words(string sentence)
    {
        var words = sentence.Split(' ');
        var hashes = new WordHashes[words.Length];
        for (int i = 0; i < words.Length; i++) WordHashes.Compute(words[i], ref hashes[i]);
        return hashes;
    }

    private static (byte[] Runs, long[] Bounds) Mark(string sentence)
    {
        var s = Words(sentence);
        var runs = new byte[s.Length];
        var bounds = new long[s.Length];
        NameRuns.Mark(s, runs, bounds);
        return (runs, bounds);
    }

    [Fact]
    public void Runs_span_capitalized_words_and_inner_connectors()
    {
        var (runs, bounds) = Mark("I called the Bank of America and Smith yesterday");
        // "I" says nothing; "Bank of America" is one run of three (first, inside, last); "Smith" a single word.
        Assert.Equal(new byte[] { 0, 0, 0, 1 | 3 << 3, 2 | 3 << 3, 3 | 3 << 3, 0, 4 | 1 << 3, 0 }, runs);
        Assert.Equal((3, 5), NameRuns.Bounds(bounds[4]));
        Assert.Equal((7, 7), NameRuns.Bounds(bounds[7]));
        Assert.Equal(-1, bounds[0]);
    }

    [Fact]
    public void A_trailing_connector_is_not_part_of_the_run()
    {
        var (runs, _) = Mark("a gift for Maria of");
        Assert.Equal(new byte[] { 0, 0, 0, 4 | 1 << 3, 0 }, runs);
    }

    [Theory]
    [InlineData("where can i get morcillas in tampa bay", NameRuns.Lowercase)]
    [InlineData("I searched for one place in Tampa Bay", NameRuns.Normal)]
    [InlineData("POLICE ARREST TWO MEN IN TAMPA", NameRuns.AllCaps)]
    [InlineData("Police Arrest Two Men In Tampa", NameRuns.TitleCase)]
    public void Case_style_reads_the_whole_sentence(string sentence, byte style) => Assert.Equal(style, NameRuns.CaseStyle(Words(sentence)));
}
