namespace Brink.Text;

/// <summary>A read-only view of one sentence: a contiguous run of tokens.</summary>
public readonly struct Sentence
{
    private readonly Doc _doc;

    internal Sentence(Doc doc, int startToken, int endToken, int index)
    {
        _doc = doc;
        StartToken = startToken;
        EndToken = endToken;
        Index = index;
    }

    /// <summary>Position of the sentence in its document.</summary>
    internal int Index { get; }

    /// <summary>Index of the first token.</summary>
    internal int StartToken { get; }

    /// <summary>Index one past the last token.</summary>
    internal int EndToken { get; }

    /// <summary>Number of tokens.</summary>
    public int Length => EndToken - StartToken;

    /// <summary>Start offset of the first token in the text.</summary>
    internal int Start => Length == 0 ? 0 : _doc.Data(StartToken).Start;

    /// <summary>End offset of the last token in the text.</summary>
    internal int End => Length == 0 ? 0 : _doc.Data(EndToken - 1).End;

    /// <summary>The sentence's text as it stands in the original.</summary>
    public string Text => _doc.Text[Start..End];

    /// <summary>Whether the parser analysed the sentence; false where the caller of <see cref="TextPipeline.Process(string, Predicate{Sentence})"/> left it out.</summary>
    public bool IsParsed => Length == 0 || (_doc.Data(StartToken).Flags & TokenFlags.Unparsed) == 0;

    /// <summary>The sentence's tokens.</summary>
    internal IEnumerable<Token> Tokens
    {
        get
        {
            for (int i = StartToken; i < EndToken; i++) yield return _doc[i];
        }
    }
}
