namespace Brink.Coding.Lexicon;

/// <summary>Head of a trigger: a verb lemma, a noun lemma, or a contiguous multiword lemma sequence.</summary>
internal enum TriggerPos
{
    Verb,
    Noun,
    Phrase,
}
