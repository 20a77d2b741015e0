namespace Brink.Coding.Lexicon;

/// <summary>One recipient candidate of a trigger; <c>Preposition</c> is set for prep:P.</summary>
internal sealed record RecipientSlot(RecipientKind Kind, string? Preposition)
{
    /// <summary>The slot in the lexicon's notation, e.g. "prep:with".</summary>
    public override string ToString() => Kind switch
    {
        RecipientKind.Object => "obj",
        RecipientKind.IndirectObject => "iobj",
        RecipientKind.Possessor => "poss",
        _ => "prep:" + Preposition,
    };
}
