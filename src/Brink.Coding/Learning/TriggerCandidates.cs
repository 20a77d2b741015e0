using Brink.Coding.Syntax;

namespace Brink.Coding.Learning;

/// <summary>The words the type model decides on: every verb and every common noun (event nouns: "airstrike", "talks", "sanctions").</summary>
internal static class TriggerCandidates
{
    public static bool Is(SentenceTree t, int i) => t[i].Upos is "VERB" or "NOUN";
}
