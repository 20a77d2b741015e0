namespace Brink.Text;

/// <summary>
/// One token's annotations as plain integers, so a document is one flat array of structs and the
/// hot paths never allocate. Label ids index into the <see cref="Doc.Labels"/> of the pipeline that
/// filled them; -1 (or 0 for byte fields) means "not annotated".
/// </summary>
internal struct TokenData
{
    public int Start;
    public int Length;
    public TokenFlags Flags;
    public byte Upos;
    public short Xpos;
    public int Lemma;
    public int Feats;
    public int Head;
    public short Dep;
    public byte Entity;
    /// <summary>WordNet supersense of the lemma's first sense, plus one (0 unknown): a coarse semantic class for the parser and NER.</summary>
    public byte Sense;

    public readonly int End => Start + Length;
}
