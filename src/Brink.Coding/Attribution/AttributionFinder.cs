using Brink.Coding.Syntax;

namespace Brink.Coding.Attribution;

/// <summary>
/// Who says so. The speaker is the subject of the reporting verb whose complement holds the event
/// ("Blinken told the leaders that ..."). Sources are what the outlet cites: "according to X", and the
/// subjects of reporting verbs addressed to the outlet or standing apart from the event ("three people
/// who attended the meeting told Axios"), with how many people and whether they are named.
/// </summary>
internal static class AttributionFinder
{
    private static readonly Dictionary<string, int> Numbers = new()
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["a"] = 1, ["an"] = 1, ["another"] = 1,
    };

    /// <summary>The reporting verb whose complement contains <paramref name="trigger"/>, or -1.</summary>
    public static int GoverningSpeechVerb(SentenceTree t, int trigger, ISet<string> speechVerbs)
    {
        for (int node = trigger, depth = 0; node >= 0 && depth < 8; depth++)
        {
            int head = t.Head(node);
            if (head < 0) break;
            if (speechVerbs.Contains(t.Lemma(head)) && t.Rel(node) is "ccomp" or "parataxis" or "xcomp" or "advcl") return head;
            node = head;
        }
        // "Israel will retaliate, Netanyahu said": the reporting verb hangs off the event's clause, as a parataxis or,
        // parsed as an adverbial clause, with no conjunction ("after Netanyahu said" is a time, not a source) or with "as".
        int root = trigger;
        while (t.Head(root) >= 0) root = t.Head(root);
        foreach (int c in t.ChildrenWith(root, "parataxis", "advcl"))
            if (c != trigger && speechVerbs.Contains(t.Lemma(c)) && c > trigger && IsReportingClause(t, c)) return c;
        return -1;
    }

    private static bool IsReportingClause(SentenceTree t, int verb) =>
        t.Rel(verb) == "parataxis" || t.ChildrenWith(verb, "mark").All(m => t.Lemma(m) == "as");

    /// <summary>Verbs by which an outlet reports what its sources told it.</summary>
    private static readonly HashSet<string> Reporting = ["say", "tell", "report", "add", "confirm", "state", "note", "write", "disclose", "reveal"];

    /// <summary>
    /// Sources cited in the sentence: "according to X", and subjects of reporting verbs that do not
    /// themselves hold the event (those are the speaker's).
    /// </summary>
    public static List<SourceRef> Sources(SentenceTree t, int trigger, int speakerVerb, string? outlet)
    {
        var sources = new List<SourceRef>();
        for (int i = t.First; i < t.End; i++)
        {
            // "according to IRNA", "according to two people who attended"
            if (t.Rel(i) != "case" && t.Children(i).Any(c => t[c].Text.Equals("according", StringComparison.OrdinalIgnoreCase))) sources.Add(Source(t, i));
            if (i == speakerVerb || i == trigger || !Reporting.Contains(t.Lemma(i)) || t.Dominates(i, trigger)) continue;
            foreach (int s in t.ChildrenWith(i, "nsubj"))
                if (t[s].Upos != "PRON" || outlet is not null) sources.Add(Source(t, PersonBefore(t, i, s)));
        }
        return sources.DistinctBy(s => s.Text).ToList();
    }

    /// <summary>
    /// "two officials familiar with the talks told Axios", parsed with "the talks" as the subject and "officials" left
    /// hanging on the verb: a subject that names no person or group gives way to a bare noun for people before it.
    /// </summary>
    private static int PersonBefore(SentenceTree t, int verb, int subject)
    {
        if (t[subject].Upos != "NOUN" || t[subject].Supersense is "noun.person" or "noun.group") return subject;
        int person = -1;
        foreach (int c in t.Children(verb))
            if (c < subject && t[c].Upos == "NOUN" && t[c].Supersense == "noun.person" && t.CaseOf(c) is null && t.Rel(c) is "obl" or "dep" or "nsubj") person = c;
        return person >= 0 ? person : subject;
    }

    /// <summary>A cited source: the words of its phrase, how many people (when said), and whether it is named.</summary>
    public static SourceRef Source(SentenceTree t, int head)
    {
        var (a, b) = t.Subtree(head);
        // "according to" itself is not part of the source's words.
        while (a < b && t[a].Text.ToLowerInvariant() is "according" or "to") a++;
        int? count = null;
        foreach (int c in t.ChildrenWith(head, "nummod", "det"))
        {
            var w = t.Lemma(c);
            if (Numbers.TryGetValue(w, out int n)) count = n;
            else if (int.TryParse(w, out int m)) count = m;
        }
        // Named when the source's own name is given: "IRNA", "the Israel Defense Forces", "Iranian state news agency IRNA".
        bool named = t.EntityAt(head) is { Label: "PER" or "ORG" };
        for (int k = a; k < b && !named; k++) named = t[k].Upos == "PROPN" && t.Rel(k) is not "amod";
        if (count is null && !named && t[head].Xpos is "NN" or "NNP") count = 1;
        return new SourceRef(t.Text(a, b), count, named);
    }
}
