namespace Brink.Coding.Lexicon;

/// <summary>How a reporting verb presents what is said.</summary>
internal enum SpeechKind
{
    Neutral,
    Assertive,
    Claim,
    Denial,
}
