namespace Brink.Coding.Syntax;

/// <summary>
/// Repairs a parser error that moves dates and modality onto the wrong event: a relative clause without
/// "that" ("will withdraw the troops it deployed last week") read as the main verb's infinitive complement
/// (xcomp) or as an adverbial clause with no conjunction (advcl). A complement shares its governor's subject and
/// so never has one of its own, and an adverbial clause opens with its conjunction; such a clause with its own
/// subject right after the governor's object is a relative clause on that object.
/// </summary>
internal static class RelativeClauseRepair
{
    public static void Apply(SentenceTree t)
    {
        for (int v = t.First; v < t.End; v++)
        {
            if (t.FullRel(v) is not ("xcomp" or "advcl") || t[v].Upos != "VERB" || t.Head(v) is not (int governor and >= 0)) continue;
            if (t.ChildrenWith(v, "mark").Any()) continue;
            var subject = t.ChildrenWith(v, "nsubj").FirstOrDefault(-1);
            if (subject < 0 || subject > v) continue;
            // The object must end right before the clause's subject: "the troops | it deployed".
            var obj = t.ChildrenWith(governor, "obj").FirstOrDefault(-1);
            if (obj < 0 || obj > subject || t.Subtree(obj).End != subject) continue;
            t.Reattach(v, obj, "acl:relcl");
        }
    }
}
