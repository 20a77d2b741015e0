using Brink.Text.Conllu;
using Brink.Text.Evaluation;
using Brink.Text.Tokenization;

namespace Brink.Text.Tests.Tokenization;

public sealed class RawSegmentationScoreTests
{
    private static RawTreebank Raw(string conllu, string name = "CoNLL-U") =>
        RawTreebank.Build(ConlluReader.Read(new StringReader(conllu), name).ToList(), name);

    // Two paragraphs; "don't" is a multiword token.
    private const string Conllu = """
        # newdoc id = d1
        # newpar id = d1-p1
        # sent_id = 1
        # text = I don't know.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = 2
        # text = Ask the U.S. envoy.
        1	Ask	ask	VERB	VB	_	0	root	_	_
        2	the	the	DET	DT	_	4	det	_	_
        3	U.S.	U.S.	PROPN	NNP	_	4	compound	_	_
        4	envoy	envoy	NOUN	NN	_	1	obj	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	1	punct	_	_

        # newpar id = d1-p2
        # sent_id = 3
        # text = Fine :)
        1	Fine	fine	ADJ	JJ	_	0	root	_	_
        2	:)	:)	SYM	NFP	_	1	discourse	_	_

        """;

    [Fact]
    public void Rebuilds_raw_text_with_spaces_within_and_blank_lines_between_paragraphs()
    {
        var raw = Raw(Conllu);
        Assert.Equal("I don't know. Ask the U.S. envoy.\n\nFine :)", raw.Text);
        Assert.Equal(["I", "don't", "know", ".", "Ask", "the", "U.S.", "envoy", ".", "Fine", ":)"], raw.Tokens.Select(s => raw.Text[s.Start..s.End]).ToArray());
        Assert.Equal(["I don't know.", "Ask the U.S. envoy.", "Fine :)"], raw.Sentences.Select(s => raw.Text[s.Start..s.End]).ToArray());
    }

    [Fact]
    public void Token_that_does_not_match_the_text_is_reported_with_its_sentence()
    {
        var bad = "# sent_id = s1\n# text = Hello world\n1\tHello\t_\t_\t_\t_\t0\troot\t_\t_\n2\tthere\t_\t_\t_\t_\t1\tdep\t_\t_\n\n";
        var error = Assert.Throws<ConlluFormatException>(() => Raw(bad, "bad.conllu"));
        Assert.Contains("bad.conllu", error.Message);
        Assert.Contains("s1", error.Message);
        Assert.Contains("'there'", error.Message);
    }

    [Fact]
    public void Perfect_segmentation_scores_one()
    {
        var raw = Raw(Conllu);
        var doc = new Doc(raw.Text);
        doc.AddToken(0, 1, TokenFlags.SpaceAfter);                                    // I
        doc.AddToken(2, 2, TokenFlags.None);                                          // do
        doc.AddToken(4, 3, TokenFlags.MultiwordContinuation | TokenFlags.SpaceAfter); // n't
        doc.AddToken(8, 4, TokenFlags.None);                                          // know
        doc.AddToken(12, 1, TokenFlags.SpaceAfter);                                   // .
        doc.AddToken(14, 3, TokenFlags.SentenceStart | TokenFlags.SpaceAfter);        // Ask
        doc.AddToken(18, 3, TokenFlags.SpaceAfter);                                   // the
        doc.AddToken(22, 4, TokenFlags.SpaceAfter);                                   // U.S.
        doc.AddToken(27, 5, TokenFlags.None);                                         // envoy
        doc.AddToken(32, 1, TokenFlags.SpaceAfter);                                   // .
        doc.AddToken(35, 4, TokenFlags.SentenceStart | TokenFlags.SpaceAfter);        // Fine
        doc.AddToken(40, 2, TokenFlags.None);                                         // :)
        doc.IndexSentences();

        var score = RawSegmentationScore.Score(raw.Text, raw.Tokens, raw.Sentences, doc);

        Assert.Equal(new SegmentationScore(11, 11, 11, 3, 3, 3), score);
        Assert.Equal(1.0, score.TokenF1);
        Assert.Equal(1.0, score.SentenceF1);
    }

    [Fact]
    public void Split_multiword_token_and_merged_sentences_lose_points()
    {
        var raw = Raw(Conllu);
        var doc = new Doc(raw.Text);
        doc.AddToken(0, 1, TokenFlags.SpaceAfter);   // I
        doc.AddToken(2, 2, TokenFlags.None);         // do  (continuation flag missing: two surface tokens)
        doc.AddToken(4, 3, TokenFlags.SpaceAfter);   // n't
        doc.AddToken(8, 4, TokenFlags.None);         // know
        doc.AddToken(12, 1, TokenFlags.SpaceAfter);  // .
        doc.AddToken(14, 3, TokenFlags.SpaceAfter);  // Ask   (no sentence start: first two sentences merged)
        doc.AddToken(18, 3, TokenFlags.SpaceAfter);  // the
        doc.AddToken(22, 3, TokenFlags.None);        // U.S   (period split off)
        doc.AddToken(25, 1, TokenFlags.SpaceAfter);  // .
        doc.AddToken(27, 5, TokenFlags.None);        // envoy
        doc.AddToken(32, 1, TokenFlags.SpaceAfter);  // .
        doc.AddToken(35, 4, TokenFlags.SentenceStart | TokenFlags.SpaceAfter);
        doc.AddToken(40, 2, TokenFlags.None);
        doc.IndexSentences();

        var score = RawSegmentationScore.Score(raw.Text, raw.Tokens, raw.Sentences, doc);

        // Tokens: 13 predicted; matched I know . Ask the envoy . Fine :) = 9 of 11 gold.
        // Sentences: 2 predicted, only "Fine :)" matches.
        Assert.Equal(new SegmentationScore(11, 13, 9, 3, 2, 1), score);
        Assert.Equal(2.0 * 9 / 24, score.TokenF1, 12);
        Assert.Equal(2.0 * 1 / 5, score.SentenceF1, 12);
    }

    [Fact]
    public void Document_from_another_text_is_rejected()
    {
        var raw = Raw(Conllu);
        Assert.Throws<ArgumentException>(() => RawSegmentationScore.Score(raw.Text, raw.Tokens, raw.Sentences, new Doc("other")));
    }

    [Fact]
    public void Tokenizer_and_splitter_get_this_fixture_right()
    {
        var raw = Raw(Conllu);
        var doc = TokenizationAssert.Split(raw.Text);
        var score = RawSegmentationScore.Score(raw.Text, raw.Tokens, raw.Sentences, doc);
        Assert.Equal(1.0, score.TokenF1);
        Assert.Equal(1.0, score.SentenceF1);
    }
}
