namespace Brink.Coding.Syntax;

/// <summary>
/// Repairs a parser error that loses an event's actor: a subject set off by a long modifier ("Rafael Grossi, who
/// flew to Tehran on Sunday, met Iranian officials") read as the sentence's root, with the verb hung off it as a
/// parataxis. A root noun whose first following clause has no subject of its own, and whose words before that
/// clause all modify the noun, is that clause's subject; the verb becomes the root.
/// </summary>
internal static class SubjectRootRepair
{
    // What a subject's own modifiers may be: its name's parts, its determiners, phrases and clauses on it, commas.
    private static readonly HashSet<string> NounModifiers =
        ["det", "amod", "compound", "flat", "nmod", "appos", "acl", "nummod", "punct", "case", "cc", "conj"];

    public static void Apply(SentenceTree t)
    {
        int root = -1;
        for (int i = t.First; i < t.End && root < 0; i++) if (t.Head(i) < 0) root = i;
        if (root < 0 || t[root].Upos is not ("NOUN" or "PROPN")) return;
        int verb = t.ChildrenWith(root, "parataxis").FirstOrDefault(-1);
        if (verb < root || t[verb].Upos != "VERB" || t.ChildrenWith(verb, "nsubj", "nsubj:pass", "expl", "csubj", "mark").Any()) return;
        foreach (int c in t.Children(root))
            if (c < verb && !NounModifiers.Contains(t.Rel(c))) return;
        t.Reattach(verb, -1, "root");
        t.Reattach(root, verb, "nsubj");
        // What the parser left on the noun after the verb (the final full stop, a trailing clause) belongs to the verb.
        foreach (int c in t.Children(root).Where(c => c > verb).ToList()) t.Reattach(c, verb, t.FullRel(c));
    }
}
