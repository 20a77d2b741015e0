namespace Brink.Coding.Lexicon;

/// <summary>What a modality cue does to the event in its scope (data/lexicon/README.md, modality.tsv).</summary>
internal enum ModalityKind
{
    Conditional,
    Hypothetical,
    Future,
    Negation,
    Claim,
    Report,
}
