namespace Brink.Coding.Lexicon;

/// <summary>Which dependent of a trigger gives the recipient (obj, iobj, prep:P, poss).</summary>
internal enum RecipientKind
{
    Object,
    IndirectObject,
    Preposition,
    Possessor,
}
