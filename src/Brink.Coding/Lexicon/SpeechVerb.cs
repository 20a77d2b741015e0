namespace Brink.Coding.Lexicon;

/// <summary>A reporting verb; <c>EventType</c> is the PLOVER type saying counts as when aimed at an actor, or null.</summary>
internal sealed record SpeechVerb(string Lemma, SpeechKind Kind, string? EventType, string Notes, int Line);
