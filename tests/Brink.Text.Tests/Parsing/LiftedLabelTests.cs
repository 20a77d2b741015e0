using Brink.Text.Parsing;
using Brink.Text.Training;

namespace Brink.Text.Tests.Parsing;

/// <summary>Rare lifted labels are trained as their plain relation, so they add no classes to the parser.</summary>
public sealed class LiftedLabelTests
{
    // "A hearing is scheduled on the issue today .": "issue" (7) modifies "hearing" (2) across the verb.
    private const string NonProjective = """
        1	A	a	DET	DT	_	2	det	_	_
        2	hearing	hearing	NOUN	NN	_	4	nsubj	_	_
        3	is	be	AUX	VBZ	_	4	aux	_	_
        4	scheduled	schedule	VERB	VBN	_	0	root	_	_
        5	on	on	ADP	IN	_	7	case	_	_
        6	the	the	DET	DT	_	7	det	_	_
        7	issue	issue	NOUN	NN	_	2	nmod	_	_
        8	today	today	NOUN	NN	_	4	obl	_	_
        9	.	.	PUNCT	.	_	4	punct	_	_
        """;

    private static (ParserSample[] Samples, LabelTable Deps) Prepare(int copies, int minLifted)
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, string.Concat(Enumerable.Repeat(NonProjective.Replace("        ", "") + "\n\n", copies)));
            var sents = TreebankSample.Load(path);
            var tags = sents.Select(s => new ulong[s.Length]).ToList();
            var senses = sents.Select(s => new byte[s.Length]).ToList();
            var deps = new LabelTable();
            return (ParserTrainer.Prepare(sents, tags, senses, deps, minLifted, out _), deps);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    public void A_lifted_label_seen_often_enough_keeps_its_mark(int copies, int minLifted)
    {
        var (samples, deps) = Prepare(copies, minLifted);
        Assert.All(samples, s => Assert.Equal("nmod|nsubj", deps.Name(s.GoldLabels[6])));
        Assert.Contains("nmod|nsubj", deps.Names);
    }

    [Fact]
    public void A_rare_lifted_label_becomes_its_plain_relation_on_the_lifted_arc()
    {
        var (samples, deps) = Prepare(copies: 2, minLifted: 3);
        foreach (var s in samples)
        {
            Assert.Equal("nmod", deps.Name(s.GoldLabels[6]));
            Assert.Equal(3, s.GoldHeads[6]); // still on the verb, where the projective tree put it
        }
        Assert.DoesNotContain(deps.Names, n => n.Contains(Projectivity.Mark));
    }
}
