namespace Brink.Text.Tokenization;

/// <summary>
/// Appends tokens to a document and carries the little state the scanners share: a pending paragraph
/// start, an open single quote, and where the current line began.
/// </summary>
internal struct TokenWriter
{
    public TokenWriter(Doc doc)
    {
        Doc = doc;
        Text = doc.Text;
    }

    public Doc Doc { get; }

    public string Text { get; }

    /// <summary>The next token starts a paragraph.</summary>
    public bool ParagraphPending { get; set; }

    /// <summary>A single quote opened and not yet closed, so a following "s'" closes it rather than marking a possessive.</summary>
    public bool SingleQuoteOpen { get; set; }

    /// <summary>Index of the first token of the current line.</summary>
    public int LineFirstToken { get; set; }

    /// <summary>End offset of the last token written, or -1.</summary>
    public readonly int LastEnd => Doc.Count == 0 ? -1 : Doc.Data(Doc.Count - 1).End;

    public void Emit(int start, int end, TokenFlags flags = TokenFlags.None)
    {
        if (end < Text.Length && CharClass.IsSeparator(Text[end])) flags |= TokenFlags.SpaceAfter;
        if (ParagraphPending)
        {
            flags |= TokenFlags.ParagraphStart;
            ParagraphPending = false;
        }
        Doc.AddToken(start, end - start, flags);
    }
}
