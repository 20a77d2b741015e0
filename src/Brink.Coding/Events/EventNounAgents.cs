using Brink.Coding.Syntax;

namespace Brink.Coding.Events;

/// <summary>
/// Who did the event a statement is about: "condemned the attack carried out by Sweden", "condemned Sweden's
/// attack", "condemned the Swedish strike". The one condemned is the agent of the condemned event; likewise
/// the one rebuffed is whoever made the proposal rejected ("rejected Britain's proposal", "rejected opposition demands").
/// </summary>
internal static class EventNounAgents
{
    /// <summary>Heads naming the agents of the event nouns that <paramref name="verb"/> takes as its object.</summary>
    public static IEnumerable<int> Of(SentenceTree t, int verb, Func<string, bool> isEventNoun)
    {
        // "the missile and drone attack" may be parsed as "missile" with "attack" as its conjunct.
        var objects = t.ChildrenWith(verb, "obj").SelectMany(n => t.ChildrenWith(n, "conj").Prepend(n)).ToList();
        var events = objects.Where(n => isEventNoun(t.Lemma(n))).ToList();
        foreach (int n in events)
            foreach (int a in AgentsOf(t, n)) yield return a;
        // The parser sometimes reads "condemned the attack carried out by X" as a clause with "the attack" as its subject,
        // complement or conjunct of the verb ("condemns the rocket and artillery [strike carried out by X]").
        foreach (int v in t.ChildrenWith(verb, "ccomp", "conj", "parataxis"))
            if (t.ChildrenWith(v, "nsubj").Any(n => isEventNoun(t.Lemma(n))) && IsAgentClause(t, v))
                foreach (int a in ByPhrase(t, v)) yield return a;
        if (events.Count > 0)
            foreach (int v in StrayParticiples(t, verb))
                foreach (int a in ByPhrase(t, v)) yield return a;
        foreach (int a in RelativeTarget(t, verb, objects)) yield return a;
    }

    /// <summary>
    /// Participles of <paramref name="verb"/>'s object that the parser hung on the verb itself, as its complement, a conjunct
    /// with no "and", a parataxis or an adverbial clause with no conjunction ("condemned [the attack] [carried out by X]"),
    /// often tagged as a past tense: verbs with no subject of their own. The caller checks for their "by" agent.
    /// </summary>
    public static IEnumerable<int> StrayParticiples(SentenceTree t, int verb) =>
        t.ChildrenWith(verb, "xcomp", "conj", "ccomp", "parataxis", "advcl").Where(v => t[v].Upos == "VERB" && !t.ChildrenWith(v, "nsubj", "cc", "mark").Any());

    /// <summary>
    /// "Washington approved the sale, which Beijing condemned": a statement whose object is a relative pronoun is about
    /// the clause it comments on, or a noun of that clause ("the sale", "deployed troops to the border, which ..."),
    /// so it targets that clause's subject. The parser hangs such a clause on the verb (advcl, with or without :relcl)
    /// or on a noun of its clause (acl:relcl).
    /// </summary>
    private static IEnumerable<int> RelativeTarget(SentenceTree t, int verb, List<int> objects)
    {
        if (!objects.Any(n => t[n].Upos == "PRON" && t.Lemma(n) is "which" or "that")) return [];
        int head = t.Head(verb);
        if (head < 0) return [];
        int clause = t.Rel(verb) switch
        {
            "advcl" => head,
            "acl" => ClauseOf(t, head),
            _ => -1,
        };
        return clause >= 0 ? t.ChildrenWith(clause, "nsubj") : [];
    }

    /// <summary>The verb whose object or oblique (directly, or through nouns modifying them) <paramref name="noun"/> is; -1 if none.</summary>
    private static int ClauseOf(SentenceTree t, int noun)
    {
        for (int n = noun, depth = 0; n >= 0 && depth < 4; n = t.Head(n), depth++)
        {
            if (t.Rel(n) is not ("obj" or "obl" or "nmod")) return -1;
            if (t.Head(n) is int h and >= 0 && (t[h].Upos == "VERB" || t.Rel(n) == "obj")) return h;
        }
        return -1;
    }

    /// <summary>What one side puts to another and the other can turn down: proposals and demands, and the claims, findings and rulings it makes.</summary>
    public static readonly HashSet<string> Proposals =
    [
        "proposal", "demand", "offer", "plan", "request", "call", "bid", "claim", "accusation", "allegation", "ultimatum", "initiative", "draft",
        "resolution", "term", "condition", "appeal", "overture", "invitation",
        "ruling", "decision", "verdict", "judgment", "finding", "report", "assessment", "conclusion", "charge", "assertion",
        "statement", "remark", "position", "mandate",
    ];

    private static IEnumerable<int> AgentsOf(SentenceTree t, int noun)
    {
        foreach (int c in t.ChildrenWith(noun, "nmod:poss")) yield return c;
        foreach (int c in t.ChildrenWith(noun, "amod")) if (t[c].Upos == "ADJ" && char.IsUpper(t[c].Text[0])) yield return c;
        // "the U.S. plan", "opposition demands": the caller keeps only modifiers that resolve to an actor.
        foreach (int c in t.ChildrenWith(noun, "compound")) if (t[c].Upos is "PROPN" or "NOUN") yield return c;
        foreach (int c in t.ChildrenWith(noun, "nmod")) if (t.CaseOf(c) == "by") yield return c;
        foreach (int v in t.ChildrenWith(noun, "acl")) foreach (int c in ByPhrase(t, v)) yield return c;
    }

    /// <summary>
    /// "[the attack] carried out by X" read as a clause with the event noun as its subject: a "by" phrase and no auxiliary
    /// (so not "the attack was carried out by X", where the noun really is the subject).
    /// </summary>
    public static bool IsAgentClause(SentenceTree t, int verb) => !t.ChildrenWith(verb, "aux", "cop").Any() && ByPhrase(t, verb).Any();

    public static IEnumerable<int> ByPhrase(SentenceTree t, int verb) =>
        t.ChildrenWith(verb, "obl", "obl:agent").Where(c => t.CaseOf(c) == "by");
}
