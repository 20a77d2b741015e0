namespace Brink.Coding.Lexicon;

/// <summary>How a reporting verb presents what is said.</summary>
public enum SpeechKind
{
    Neutral,
    Assertive,
    Claim,
    Denial,
}
