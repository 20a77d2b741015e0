namespace Brink.Coding.Syntax;

/// <summary>
/// Repairs one parser error that loses events: a time expression between the subject and its verb
/// ("Guyana on Tuesday rejected the demand", "Venezuela on Monday accused Guyana"). The parser then often
/// makes the subject the root and hangs the verb off it as parataxis, so the verb has no subject and
/// the event no actor. When a verb without a subject follows a noun with nothing but a time expression
/// and punctuation between them, and the verb hangs off that noun (or the time word), the noun becomes
/// the verb's subject and the time expression the verb's oblique.
/// </summary>
internal static class TimeWordRepair
{
    /// <param name="t">The sentence, repaired in place.</param>
    /// <param name="spans">Token ranges [first, end) of the sentence's time expressions.</param>
    public static void Apply(SentenceTree t, IReadOnlyList<(int First, int End)> spans)
    {
        foreach (var (first, end) in spans)
        {
            int subject = first - 1, verb = end;
            while (subject >= t.First && t[subject].Upos == "PUNCT") subject--;
            while (verb < t.End && t[verb].Upos == "PUNCT") verb++;
            if (subject < t.First || verb >= t.End) continue;
            if (t[subject].Upos is not ("NOUN" or "PROPN" or "PRON") || t[verb].Upos != "VERB") continue;
            // A subject of its own, other than the time word itself ("on Monday" read as the subject), means no misparse.
            if (t.ChildrenWith(verb, "nsubj", "nsubj:pass", "expl").Any(c => c < first || c >= end)) continue;
            int vh = t.Head(verb);
            if (t.Rel(verb) == "amod" && vh > verb && t.Head(subject) == vh && t[vh].Upos == "NOUN")
            {
                // "The Treasury on Friday imposed sanctions": the verb read as an adjective of its object, which took the subject.
                int oh = t.Head(vh);
                t.Reattach(verb, oh, oh < 0 ? "root" : t.FullRel(vh));
                t.Reattach(vh, verb, "obj");
            }
            else if (t.Head(subject) is int into && into >= first && into < end && vh < 0)
            {
                // "Ecuador last week condemned": the subject read as a modifier of the time words, which hang on the verb.
            }
            else
            {
                // Otherwise only the misparse where the verb hangs off the subject itself or off the time words;
                // the subject's own attachment (often the root) passes to the verb.
                if (vh != subject && !(vh >= first && vh < end)) continue;
                int sh = t.Head(subject);
                if (sh >= 0 && t.Dominates(verb, sh)) continue;
                t.Reattach(verb, sh, sh < 0 ? "root" : t.FullRel(subject));
            }
            t.Reattach(subject, verb, "nsubj");
            // The time expression's head, and anything after the verb that the parser left on the subject, go to the verb.
            for (int k = first; k < end; k++)
                if (t.Head(k) is int h && (h == subject || h < first || h >= end) && !t.Dominates(k, verb)) t.Reattach(k, verb, "obl");
            foreach (int c in t.Children(subject).Where(c => c > verb).ToList()) t.Reattach(c, verb, t.FullRel(c));
        }
    }
}
