using Brink.Coding.Syntax;

namespace Brink.Coding.Events;

/// <summary>One way a word can signal an event: its type and mode, the CAMEO neighbour, which dependent is the recipient, and the test its dependents must pass.</summary>
/// <remarks>
/// An ambiguous reading ("attack the policy", "meet a deadline") is coded only when its recipient is a known actor.
/// Between readings of equal Specificity, the one whose pattern names more words (NamedWords) fits better: "vow to crush"
/// is THREATEN before "vow to" is AGREE.
/// </remarks>
internal sealed record TriggerReading(string Type, string? Mode, string? Cameo, string? RecipientSlot, Func<SentenceTree, int, bool> Matches, int Specificity, bool Ambiguous = false, int NamedWords = 0);
