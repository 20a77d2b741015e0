namespace Brink.Coding.Lexicon;

/// <summary>One row of triggers.tsv: type, mode (null = none), CAMEO, head lemma (phrase lemmas in Words), pattern, recipient slots by preference.</summary>
internal sealed record TriggerEntry(
    string Type,
    string? Mode,
    string Cameo,
    TriggerPos Pos,
    string Lemma,
    IReadOnlyList<string> Words,
    TriggerPattern Pattern,
    IReadOnlyList<RecipientSlot> Recipients,
    string Notes,
    int Line)
{
    /// <summary>Weak trigger: the notes call it ambiguous, so the coder should ask for more evidence.</summary>
    public bool IsAmbiguous => Notes.Contains("ambiguous", StringComparison.OrdinalIgnoreCase);
}
