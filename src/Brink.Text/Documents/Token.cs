namespace Brink.Text;

/// <summary>A read-only view of one token of a <see cref="Doc"/>.</summary>
internal readonly struct Token
{
    private readonly Doc _doc;

    internal Token(Doc doc, int index)
    {
        _doc = doc;
        Index = index;
    }

    private ref TokenData D => ref _doc.Data(Index);

    /// <summary>Position of the token in its document.</summary>
    public int Index { get; }

    /// <summary>Start offset (UTF-16 code units) in <see cref="Doc.Text"/>.</summary>
    public int Start => D.Start;

    /// <summary>End offset (exclusive) in <see cref="Doc.Text"/>.</summary>
    public int End => D.End;

    /// <summary>The token's characters, without allocating.</summary>
    public ReadOnlySpan<char> Span => _doc.Text.AsSpan(D.Start, D.Length);

    /// <summary>The token's text.</summary>
    public string Text => _doc.Text.Substring(D.Start, D.Length);

    /// <summary>Token flags: whitespace after, sentence start, split clitic.</summary>
    public TokenFlags Flags => D.Flags;

    /// <summary>Whether whitespace follows the token.</summary>
    public bool SpaceAfter => (D.Flags & TokenFlags.SpaceAfter) != 0;

    /// <summary>Universal part-of-speech tag, or "_" when not tagged.</summary>
    public string Upos => _doc.Labels.Upos.Name(D.Upos);

    /// <summary>Penn Treebank tag, or "_" when not tagged.</summary>
    public string Xpos => _doc.Labels.Xpos.Name(D.Xpos);

    /// <summary>Lemma, or the token text when not lemmatized.</summary>
    public string Lemma => _doc.Labels.Lemmas.Apply(D.Lemma, Span);

    /// <summary>Morphological features in UD notation, or "_".</summary>
    public string Feats => _doc.Labels.Feats.Name(D.Feats);

    /// <summary>Index of the syntactic head in the document, or -1 for the sentence root or when not parsed.</summary>
    public int Head => D.Head;

    /// <summary>Universal dependency relation, or "_" when not parsed.</summary>
    public string Dep => _doc.Labels.Deps.Name(D.Dep);

    /// <summary>WordNet supersense of a noun's or verb's most frequent sense ("noun.state", "verb.contact"), or null when unknown.</summary>
    public string? Supersense => Tagging.Supersenses.Name(D.Sense);

    /// <summary>Entity tag in BILOU notation (e.g. "B-PER"), or "O".</summary>
    public string Entity => _doc.Labels.Entities.Name(D.Entity);

    /// <inheritdoc />
    public override string ToString() => Text;
}
