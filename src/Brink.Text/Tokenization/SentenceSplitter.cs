using Brink.Text.Tokenization;

namespace Brink.Text;

/// <summary>Rule-based sentence splitter for tokenized news and web text.</summary>
internal sealed class SentenceSplitter : IDocComponent
{
    /// <summary>Longest sentence the splitter lets through; longer runs are cut, preferably after ; : or a comma.</summary>
    public const int MaxSentenceTokens = 250;

    /// <inheritdoc />
    public string Name => "senter";

    /// <summary>Sets <see cref="TokenFlags.SentenceStart"/> on the tokens that begin sentences and rebuilds the sentence index.</summary>
    public void Process(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var tokens = doc.TokenData;
        ReadOnlySpan<char> text = doc.Text;
        for (int i = 0; i < tokens.Length; i++) tokens[i].Flags &= ~TokenFlags.SentenceStart;

        var rules = new SentenceBoundaries();
        if (tokens.Length > 0) rules.Track(text.Slice(tokens[0].Start, tokens[0].Length), attached: false);
        int sentenceStart = 0;
        for (int i = 1; i < tokens.Length; i++)
        {
            if (rules.StartsSentence(text, tokens, i))
            {
                tokens[i].Flags |= TokenFlags.SentenceStart;
                sentenceStart = i;
            }
            else if (i - sentenceStart >= MaxSentenceTokens)
            {
                int cut = SentenceBoundaries.BestCut(text, tokens, sentenceStart, i);
                tokens[cut].Flags |= TokenFlags.SentenceStart;
                sentenceStart = cut;
            }
        }
        doc.IndexSentences();
    }
}
