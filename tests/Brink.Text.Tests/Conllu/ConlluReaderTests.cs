using Brink.Text.Conllu;

namespace Brink.Text.Tests.Conllu;

public sealed class ConlluReaderTests
{
    private const string Sample = "# newdoc id = d1\n# sent_id = 1\n# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n4.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    [Fact]
    public void Reads_words_multiword_tokens_and_comments()
    {
        var s = Assert.Single(ConlluReader.Read(new StringReader(Sample), "sample"));
        Assert.True(s.NewDoc);
        Assert.Equal("I don't know.", s.Text);
        Assert.Equal(5, s.Words.Length);
        Assert.Equal(new ConlluMultiword(2, 3, "don't", true), s.MultiwordAt(2));
        Assert.False(s.Words[3].SpaceAfter);
        Assert.Equal(0, s.Words[3].Head);
    }

    [Theory]
    [InlineData("1\tI\tI\tPRON\n\n", "expected 10")]
    [InlineData("1\tI\tI\tPRON\tPRP\t_\tx\tnsubj\t_\t_\n\n", "bad head")]
    [InlineData("2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n\n", "ids must run")]
    [InlineData("1\tI\tI\tPRON\tPRP\t_\t5\troot\t_\t_\n\n", "beyond the sentence")]
    public void Malformed_input_names_the_source_and_line(string text, string problem)
    {
        var e = Assert.Throws<ConlluFormatException>(() => ConlluReader.Read(new StringReader(text), "bad.conllu").ToList());
        Assert.Contains("bad.conllu:", e.Message);
        Assert.Contains(problem, e.Message);
    }
}
