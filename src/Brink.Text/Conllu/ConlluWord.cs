namespace Brink.Text.Conllu;

/// <summary>One syntactic word line of a CoNLL-U file (ids are 1-based; head 0 is the root).</summary>
internal sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Misc)
{
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);

    /// <summary>The universal relation without its subtype ("nmod:poss" -> "nmod").</summary>
    public string BaseDeprel => Deprel.IndexOf(':') is int i and > 0 ? Deprel[..i] : Deprel;
}
