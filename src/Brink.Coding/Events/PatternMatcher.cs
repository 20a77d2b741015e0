using Brink.Coding.Lexicon;
using Brink.Coding.Syntax;

namespace Brink.Coding.Events;

/// <summary>Checks a trigger entry's pattern (particle, object, subject, prepositions, complement, modifiers) against the trigger's dependents.</summary>
internal static class PatternMatcher
{
    public static bool Matches(TriggerPattern pattern, SentenceTree t, int head)
    {
        foreach (var token in pattern.Tokens)
            if (!Satisfied(token, t, head)) return false;
        return true;
    }

    private static bool Satisfied(PatternToken token, SentenceTree t, int head)
    {
        var parts = token.LemmaParts;
        return token.Slot switch
        {
            PatternSlot.Particle => t.ChildrenWith(head, "compound:prt").Any(c => LemmaIs(t, c, token.Lemma)),
            PatternSlot.Object => t.ChildrenWith(head, "obj", "nsubj:pass").Any(c => CompoundIs(t, c, parts)),
            PatternSlot.Subject => t.ChildrenWith(head, "nsubj").Any(c => CompoundIs(t, c, parts)),
            PatternSlot.Preposition => t.ChildrenWith(head, "obl", "nmod").Any(c => t.CaseOf(c) == token.Preposition && (parts.Count == 0 || CompoundIs(t, c, parts))),
            PatternSlot.Xcomp => t.ChildrenWith(head, "xcomp").Any(c => token.Lemma is null || LemmaIs(t, c, token.Lemma)),
            PatternSlot.Modifier => t.ChildrenWith(head, "amod", "compound", "nmod", "advmod", "nmod:poss").Any(c => CompoundIs(t, c, parts)),
            _ => false,
        };
    }

    private static bool LemmaIs(SentenceTree t, int i, string? lemma) => lemma is null || t.Lemma(i) == lemma || t[i].Text.Equals(lemma, StringComparison.OrdinalIgnoreCase);

    /// <summary>"martial_law": the word is "law" and it has "martial" as a modifier.</summary>
    private static bool CompoundIs(SentenceTree t, int i, IReadOnlyList<string> parts)
    {
        if (parts.Count == 0) return true;
        if (!LemmaIs(t, i, parts[^1])) return false;
        for (int p = 0; p < parts.Count - 1; p++)
            if (!t.ChildrenWith(i, "compound", "amod").Any(c => LemmaIs(t, c, parts[p]))) return false;
        return true;
    }
}
