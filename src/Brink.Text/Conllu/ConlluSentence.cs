namespace Brink.Text.Conllu;

/// <summary>One sentence of a CoNLL-U file with its comments of interest.</summary>
internal sealed record ConlluSentence(string? Id, string? Text, bool NewDoc, bool NewPar, ConlluWord[] Words, ConlluMultiword[] Multiwords)
{
    /// <summary>The multiword range that starts at word <paramref name="id"/>, if any.</summary>
    public ConlluMultiword? MultiwordAt(int id)
    {
        foreach (var m in Multiwords) if (m.First == id) return m;
        return null;
    }
}
