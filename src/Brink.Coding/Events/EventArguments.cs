using Brink.Coding.Syntax;

namespace Brink.Coding.Events;

/// <summary>
/// Finds the words that fill an event's actor and recipient roles over the parse: subjects, objects,
/// obliques named by the trigger's recipient slot, passive agents, controllers of infinitives ("urged
/// Israel not to retaliate"), possessors and "between A and B" of nominal events, and conjuncts.
/// </summary>
internal static class EventArguments
{
    /// <summary>Verbs that carry a nominal event ("launch an attack", "hold talks", "impose sanctions").</summary>
    private static readonly HashSet<string> LightVerbs =
        ["launch", "carry", "conduct", "stage", "mount", "hold", "make", "have", "impose", "issue", "sign", "deliver", "send", "give", "provide", "announce", "begin", "start", "resume", "continue", "order", "unleash", "step", "intensify", "escalate", "seek", "offer", "pledge", "extend"];

    /// <summary>Whether a verb's subject takes part in the event its object names: a light verb, or the end of a meeting.</summary>
    /// <remarks>"ended two days of talks" says the talks were held; "ended the ceasefire" says nothing of who agreed to it.</remarks>
    private static bool CarriesEvent(string verb, string noun) =>
        LightVerbs.Contains(verb) || verb is "end" or "conclude" or "complete" or "wrap" or "close" && Meetings.Contains(noun);

    private static readonly HashSet<string> Meetings = ["talk", "meeting", "negotiation", "consultation", "discussion", "summit", "visit", "dialogue"];

    /// <summary>Nouns that measure out an event: "two days of talks", "a wave of strikes".</summary>
    private static readonly HashSet<string> MeasureNouns =
        ["day", "week", "month", "hour", "night", "round", "series", "wave", "spate", "barrage", "string", "volley", "flurry", "salvo"];

    // excluded: words that cannot be arguments (time expressions).
    public static (List<int> Actors, List<int> Recipients) Find(SentenceTree t, int trigger, string? slot, bool noun, Func<int, bool> excluded)
    {
        var actors = new List<int>();
        var recipients = new List<int>();
        if (noun) FindForNoun(t, trigger, slot, actors, recipients, excluded);
        else FindForVerb(t, trigger, slot, actors, recipients, excluded);
        actors.RemoveAll(a => excluded(a));
        recipients.RemoveAll(r => excluded(r));
        var allActors = Expand(t, actors);
        return (allActors, Expand(t, recipients).Where(r => !allActors.Contains(r)).ToList());
    }

    private static List<int> Expand(SentenceTree t, List<int> heads) => heads.SelectMany(t.WithConjuncts).Distinct().ToList();

    private static void FindForVerb(SentenceTree t, int v, string? slot, List<int> actors, List<int> recipients, Func<int, bool> excluded)
    {
        bool passive = t.ChildrenWith(v, "nsubj:pass", "aux:pass").Any();
        if (passive)
        {
            actors.AddRange(t.ChildrenWith(v, "obl:agent").Concat(t.ChildrenWith(v, "obl").Where(c => t.CaseOf(c) == "by")));
            recipients.AddRange(t.ChildrenWith(v, "nsubj:pass"));
            // "Mugabe ... but was arrested", "Babaryka, who was arrested and banned": the shared subject undergoes the event.
            // Not an infinitive ("the region, to be called Bangsamoro"): its controller is often not what undergoes it.
            if (recipients.Count == 0 && !t.ChildrenWith(v, "mark").Any(m => t.Lemma(m) == "to")) recipients.AddRange(Controller(t, v));
        }
        else actors.AddRange(t.ChildrenWith(v, "nsubj"));
        if (actors.Count == 0 && !passive) actors.AddRange(Controller(t, v));
        if (!passive) recipients.AddRange(Slot(t, v, slot).Where(r => !excluded(r)));
        // Light verbs: "imposed sanctions on Iran", "launched strikes against Hezbollah".
        if (recipients.Count == 0 && slot is not null && slot.StartsWith("prep:", StringComparison.Ordinal))
            foreach (int o in t.ChildrenWith(v, "obj")) recipients.AddRange(Obliques(t, o, slot[5..]));
        // "accused X of provoking": parsers often make X the subject of the gerund clause.
        if (recipients.Count == 0 && !passive)
            foreach (int c in t.ChildrenWith(v, "advcl"))
                if (t.ChildrenWith(c, "mark").Any(m => t.Lemma(m) is "of" or "for"))
                    recipients.AddRange(t.ChildrenWith(c, "nsubj").Where(r => !excluded(r)));
        recipients.RemoveAll(r => actors.Contains(r));
    }

    /// <summary>The subject an infinitive or conjoined verb borrows: object control for "urge X to", else the governing subject.</summary>
    private static IEnumerable<int> Controller(SentenceTree t, int v)
    {
        int head = t.Head(v);
        if (head < 0) return [];
        string rel = t.Rel(v);
        if (rel == "xcomp")
        {
            var obj = t.ChildrenWith(head, "obj").ToList();
            return obj.Count > 0 ? obj : t.ChildrenWith(head, "nsubj");
        }
        // "accused Russia of targeting", "blamed the rebels for shelling": the one accused is the doer.
        if (rel == "advcl" && t.ChildrenWith(v, "mark").Any(m => t.Lemma(m) is "of" or "for") && t.ChildrenWith(head, "obj").ToList() is { Count: > 0 } accused)
            return accused;
        if (rel is "conj" or "advcl") return t.ChildrenWith(head, "nsubj");
        if (rel == "acl") return [head];
        return [];
    }

    private static IEnumerable<int> Slot(SentenceTree t, int v, string? slot)
    {
        // Parsers split "urged Iran to ..." between obj and iobj; both name the one acted upon.
        if (slot is null or "" or "obj") return t.ChildrenWith(v, "obj", "iobj").Concat(Obliques(t, v, "with", "against", "on", "to"));
        if (slot == "iobj") return t.ChildrenWith(v, "iobj").Concat(t.ChildrenWith(v, "obj"));
        if (slot.StartsWith("prep:", StringComparison.Ordinal)) return Obliques(t, v, slot[5..]);
        return t.ChildrenWith(v, "obj");
    }

    private static IEnumerable<int> Obliques(SentenceTree t, int v, params string[] preps) =>
        t.ChildrenWith(v, "obl", "nmod").Where(c => !t.IsTime(c) && t.CaseOf(c) is { } p && preps.Contains(p));

    /// <summary>The participles on noun <paramref name="n"/>, or, for an object (or its conjunct), those the parser hung on its verb.</summary>
    private static IEnumerable<int> Participles(SentenceTree t, int n)
    {
        var own = t.ChildrenWith(n, "acl").Where(v => t[v].Upos == "VERB" && !t.ChildrenWith(v, "nsubj").Any()).ToList();
        if (own.Count > 0) return own;
        // "condemned [the attack carried out by X]" read as a clause with the noun as its subject.
        if (t.FullRel(n) == "nsubj" && t.Head(n) is int clause and >= 0 && t[clause].Upos == "VERB" && EventNounAgents.IsAgentClause(t, clause))
            return [clause];
        int obj = t.Rel(n) == "conj" && t.Head(n) is int first and >= 0 ? first : n;
        // Only one with its agent: a stray clause without "by" is as likely the verb's own ("attacked the inquiry, calling ...").
        return t.Rel(obj) == "obj" && t.Head(obj) is int verb and >= 0
            ? EventNounAgents.StrayParticiples(t, verb).Where(v => EventNounAgents.ByPhrase(t, v).Any())
            : [];
    }

    private static void FindForNoun(SentenceTree t, int n, string? slot, List<int> actors, List<int> recipients, Func<int, bool> excluded)
    {
        foreach (int c in t.Children(n))
        {
            if (excluded(c)) continue;
            string rel = t.FullRel(c), p = t.CaseOf(c) ?? "";
            if (rel == "nmod:poss" || (rel is "amod" or "compound" && t[c].Upos is "ADJ" or "PROPN")) actors.Add(c);
            // "the truce between Israel and Hezbollah", "talks between A and B": both sides act.
            else if (t.Rel(c) == "nmod" && p == "between") actors.AddRange(t.WithConjuncts(c));
            else if (t.Rel(c) == "nmod" && p == "by") actors.Add(c);
            else if (t.Rel(c) == "nmod" && (slot is null ? p is "on" or "against" or "with" or "to" : slot == "prep:" + p)) recipients.Add(c);
        }
        // "the attack carried out by Russia against Ukraine's grid": the participle says who acted and against whom. The parser
        // may hang it on the verb whose object the noun is ("condemned the attack carried out by ...").
        if (actors.Count == 0)
            foreach (int v in Participles(t, n))
                foreach (int c in t.ChildrenWith(v, "obl", "obl:agent"))
                {
                    if (excluded(c) || t.IsTime(c)) continue;
                    string p = t.CaseOf(c) ?? "";
                    if (p == "by") actors.Add(c);
                    else if (slot is null ? p is "on" or "against" : slot == "prep:" + p) recipients.Add(c);
                }
        // "launched an attack", "held talks": a light verb's subject acts (not "described the attacks"); also through a
        // noun that measures the event out ("held three rounds of talks", "launched a wave of strikes").
        int carrier = t.Rel(n) == "nmod" && t.CaseOf(n) == "of" && t.Head(n) is int m and >= 0 && MeasureNouns.Contains(t.Lemma(m)) ? m : n;
        if (actors.Count == 0 && t.Head(carrier) is int h and >= 0 && t.Rel(carrier) == "obj" && CarriesEvent(t.Lemma(h), t.Lemma(n))) actors.AddRange(t.ChildrenWith(h, "nsubj"));
    }
}
