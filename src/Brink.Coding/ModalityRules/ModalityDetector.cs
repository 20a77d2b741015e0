using Brink.Coding.Syntax;

namespace Brink.Coding.ModalityRules;

/// <summary>
/// Reads an event's modality from the parse: negation on the trigger or on the verb that governs it
/// ("doesn't seek further escalation"), modal auxiliaries ("would" conditional, "may"/"might"
/// hypothetical, "will" future), conditional clauses ("if Hamas sees ..."), verbs that embed the event
/// as intention or refusal ("threatened to strike", "refused to withdraw"), claim verbs, and what an
/// accusation charges ("accused Rwanda of arming the rebels").
/// </summary>
internal static class ModalityDetector
{
    private static readonly HashSet<string> Negators = ["not", "n't", "never", "no"];
    private static readonly HashSet<string> Refusals = ["refuse", "decline", "deny", "reject", "fail", "avoid"];
    private static readonly HashSet<string> Intentions = ["plan", "intend", "vow", "pledge", "promise", "threaten", "seek", "want", "hope", "aim", "expect", "prepare", "propose", "offer", "agree", "urge", "call", "ask", "demand"];
    private static readonly HashSet<string> Claims = ["claim", "allege", "accuse", "suggest", "suspect"];
    // "accused Rwanda of arming the rebels", "blamed the army for shelling": what one side charges the other with is alleged.
    private static readonly HashSet<string> Accusations = ["accuse", "blame", "charge", "suspect", "condemn", "denounce", "criticize", "criticise", "fault"];

    public static Coding.Modality Detect(SentenceTree t, int trigger)
    {
        // The trigger's own clause first, then up through the verbs that embed it.
        for (int node = trigger, depth = 0; node >= 0 && depth < 6; depth++)
        {
            // Negation outranks the modal before it ("would not step down", "will not be intimidated").
            if (t.Children(node).Any(c => t.Rel(c) is "advmod" or "det" or "neg" or "aux" && Negators.Contains(t.Lemma(c)))) return Coding.Modality.Negated;
            foreach (int c in t.Children(node))
            {
                string lemma = t.Lemma(c), rel = t.Rel(c);
                if (rel == "aux")
                {
                    // "said it would host talks": a backshifted "will" in reported speech is future, unless a condition follows.
                    if (lemma == "would" && IsReported(t, node) && !HasCondition(t, node)) return Coding.Modality.Future;
                    if (lemma is "would" or "could") return Coding.Modality.Conditional;
                    if (lemma is "may" or "might") return Coding.Modality.Hypothetical;
                    if (lemma is "will" or "shall" or "'ll") return Coding.Modality.Future;
                }
                if (rel == "mark" && lemma is "if" or "unless" && t.Rel(node) is "advcl") return Coding.Modality.Conditional;
                if (rel == "advmod" && lemma is "reportedly" or "allegedly" or "purportedly") return Coding.Modality.Claimed;
            }
            if (t.Rel(node) == "advcl" && t.ChildrenWith(node, "mark").Any(m => t.Lemma(m) is "if" or "unless")) return Coding.Modality.Conditional;
            int head = t.Head(node);
            if (head < 0) break;
            string rel2 = t.Rel(node), hl = t.Lemma(head);
            if (rel2 is "advcl" or "acl" && Accusations.Contains(hl) && t.ChildrenWith(node, "mark", "case").Any(m => t.Lemma(m) is "of" or "for")) return Coding.Modality.Claimed;
            if (rel2 is "xcomp" or "obj" or "ccomp" or "nsubj")
            {
                if (Refusals.Contains(hl) && rel2 is "xcomp" or "obj") return Coding.Modality.Negated;
                if (Intentions.Contains(hl) && rel2 is "xcomp") return Coding.Modality.Future;
                if (Claims.Contains(hl)) return Coding.Modality.Claimed;
            }
            // A nominal trigger takes the modality of the verb it is an argument of ("seek further escalation").
            if (rel2 is "obj" or "nsubj" or "obl" or "xcomp" or "ccomp") { node = head; continue; }
            break;
        }
        return Coding.Modality.Asserted;
    }

    private static readonly HashSet<string> Reporting = ["say", "tell", "announce", "add", "state", "confirm"];

    private static bool IsReported(SentenceTree t, int clause) =>
        t.Rel(clause) == "ccomp" && t.Head(clause) is int h and >= 0 && Reporting.Contains(t.Lemma(h));

    /// <summary>Whether the clause carries a condition: an "if"/"unless" clause or phrase, or "any" ("respond to any attack").</summary>
    internal static bool HasCondition(SentenceTree t, int clause) =>
        t.ChildrenWith(clause, "advcl", "obl").Any(c => t.ChildrenWith(c, "mark", "case").Any(m => t.Lemma(m) is "if" or "unless") || t.Lemma(c) == "any")
        || t.Children(clause).Any(c => t.ChildrenWith(c, "det").Any(d => t.Lemma(d) == "any"));
}
