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
            // The parser tags some particles as adverbs ("pulling back its forces"); an adverb right after the verb, or
            // after its object, with the particle's word is the same phrasal verb.
            PatternSlot.Particle => t.ChildrenWith(head, "compound:prt").Any(c => LemmaIs(t, c, token.Lemma))
                || t.ChildrenWith(head, "advmod").Any(c => c > head && t[c].Upos is "ADV" or "ADP" && LemmaIs(t, c, token.Lemma))
                || t.ChildrenWith(head, "obl").Any(o => t.ChildrenWith(o, "case").Any(c => IsSplitParticle(t, head, o, c) && LemmaIs(t, c, token.Lemma))),
            PatternSlot.Subject => Subjects(t, head).Any(c => CompoundIs(t, c, parts)),
            // "massed navy and coast guard ships": any conjunct of the object fills the slot.
            PatternSlot.Object => t.ChildrenWith(head, "obj", "nsubj:pass").SelectMany(t.WithConjuncts).Any(c => token.Lemma is null || CompoundIs(t, c, parts)),
            // "called Erdogan on Monday" is not "called on": a time expression never fills a preposition slot.
            PatternSlot.Preposition => t.ChildrenWith(head, "obl", "nmod").Any(c => !t.IsTime(c) && t.CaseOf(c) == token.Preposition && (parts.Count == 0 || CompoundIs(t, c, parts))),
            PatternSlot.Xcomp => t.ChildrenWith(head, "xcomp").Any(c => token.Lemma is null || LemmaIs(t, c, token.Lemma)),
            PatternSlot.Modifier => t.ChildrenWith(head, "amod", "compound", "nmod", "advmod", "nmod:poss").Any(c => CompoundIs(t, c, parts)),
            _ => false,
        };
    }

    /// <summary>"pulling out of the town": the parser makes "out" a second case marker of "town"; right after the verb,
    /// or right before another case marker of the same phrase, it is the verb's particle.</summary>
    private static bool IsSplitParticle(SentenceTree t, int head, int oblique, int c) =>
        c > head && (c == head + 1 || t.ChildrenWith(oblique, "case").Any(next => next == c + 1));

    /// <summary>
    /// The verb's own subject, or, for a verb with none that completes another ("troops began to withdraw",
    /// "forces continued shelling"), the subject of the verb it completes: aspectual and control verbs share it.
    /// </summary>
    private static IEnumerable<int> Subjects(SentenceTree t, int head)
    {
        var own = t.ChildrenWith(head, "nsubj").ToList();
        if (own.Count > 0 || t.Rel(head) != "xcomp" || t.Head(head) is not (int up and >= 0)) return own;
        return t.ChildrenWith(up, "obj").Any() ? [] : t.ChildrenWith(up, "nsubj");
    }

    private static bool LemmaIs(SentenceTree t, int i, string? lemma) =>
        lemma is null || t.Lemma(i) == lemma || t[i].Span.Equals(lemma, StringComparison.OrdinalIgnoreCase) || IsPluralOf(t[i].Span, lemma);

    /// <summary>
    /// "troops" for "troop": the lemmatizer keeps some plurals whole (plurale tantum readings), and a pattern
    /// written with the singular must still match them. Only regular -s / -es endings are tried.
    /// </summary>
    private static bool IsPluralOf(ReadOnlySpan<char> word, string lemma) =>
        word.Length == lemma.Length + 1 && word.EndsWith('s') && word.StartsWith(lemma, StringComparison.OrdinalIgnoreCase)
        || word.Length == lemma.Length + 2 && word.EndsWith("es", StringComparison.OrdinalIgnoreCase) && word.StartsWith(lemma, StringComparison.OrdinalIgnoreCase);

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
