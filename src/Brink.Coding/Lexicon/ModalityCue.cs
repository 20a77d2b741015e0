namespace Brink.Coding.Lexicon;

/// <summary>A modality cue: lower-case lemma or lemma sequence (<c>Words</c>) and its kind.</summary>
internal sealed record ModalityCue(string Cue, IReadOnlyList<string> Words, ModalityKind Kind, string Notes, int Line);
