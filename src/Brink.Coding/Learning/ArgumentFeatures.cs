using Brink.Coding.Syntax;

namespace Brink.Coding.Learning;

/// <summary>
/// What the argument model sees of a (trigger, noun phrase) pair: the dependency path between them with the
/// prepositions on it, the trigger's voice, their order and distance, the phrase's kind, and the word that joins
/// them; every feature also crossed with the event type, since the same path is an actor for one type and a
/// recipient (or a co-actor) for another.
/// </summary>
internal static class ArgumentFeatures
{
    private enum T { Bias = 1, Path, PathLength, Child, Parent, Sibling, Voice, Order, Distance, Upos, Entity, Lemma, Case, TriggerPath, TriggerUpos, Join, Conj, Poss, Kind, KindPath }

    private const int Crossed = 100;
    private const int MaxDepth = 12;

    public static void Add(FeatureBag f, SentenceTree t, int trigger, int a, string type, Events.ICodingKnowledge knowledge)
    {
        f.Add((int)T.Bias);
        var (path, length, join) = Path(t, a, trigger);
        f.Add((int)T.Path, path);
        f.Add((int)T.PathLength, length > 4 ? "far" : length.ToString());
        f.Add((int)T.TriggerPath, t.Lemma(trigger), path);
        f.Add((int)T.TriggerUpos, t[trigger].Upos);
        if (join >= 0 && join != a && join != trigger) f.Add((int)T.Join, t.Lemma(join), path);
        if (t.Head(a) == trigger) f.Add((int)T.Child, Rel(t, a));
        if (t.Head(trigger) == a) f.Add((int)T.Parent, Rel(t, trigger));
        if (t.Head(a) is int ha and >= 0 && ha == t.Head(trigger)) f.Add((int)T.Sibling, Rel(t, a), Rel(t, trigger));
        bool passive = t.Children(trigger).Any(c => t.FullRel(c) is "aux:pass" or "nsubj:pass");
        f.Add((int)T.Voice, passive ? "passive" : "active");
        f.Add((int)T.Order, a < trigger ? "before" : "after");
        int d = Math.Abs(a - trigger);
        f.Add((int)T.Distance, d <= 3 ? d.ToString() : d <= 6 ? "4-6" : "7+");
        f.Add((int)T.Upos, t[a].Upos);
        f.Add((int)T.Entity, TriggerFeatures.EntityKind(t, a));
        if (t[a].Upos is "PRON" or "NOUN" or "ADJ") f.Add((int)T.Lemma, t.Lemma(a));
        if (t.CaseOf(a) is { } cs) f.Add((int)T.Case, cs);
        if (t.Rel(a) == "conj") f.Add((int)T.Conj, Rel(t, t.Head(a) is int hc and >= 0 ? hc : a));
        if (t.FullRel(a) == "nmod:poss") f.Add((int)T.Poss, t.Head(a) == trigger ? "of-trigger" : "other");
        // What the knowledge base makes of the phrase's head: a role with a sector ("troops"), a country, or nothing known.
        string kind = TriggerFeatures.ArgumentKind(t, a, knowledge);
        f.Add((int)T.Kind, kind);
        f.Add((int)T.KindPath, kind, path);
        f.CrossAll(Crossed, type);
    }

    /// <summary>The relation with its preposition: "obl_against", "nmod_of", "nsubj".</summary>
    private static string Rel(SentenceTree t, int i) =>
        t.Rel(i) is "obl" or "nmod" or "acl" or "advcl" && t.CaseOf(i) is { } c ? $"{t.Rel(i)}_{c}" : t.FullRel(i);

    /// <summary>Relations up from the phrase to the lowest common ancestor (^), then down to the trigger (v); the ancestor that joins them.</summary>
    private static (string Path, int Length, int Join) Path(SentenceTree t, int a, int trigger)
    {
        var up = new List<int>();
        for (int x = a, k = 0; x >= 0 && k < MaxDepth; x = t.Head(x), k++) up.Add(x);
        var down = new List<int>();
        for (int x = trigger, k = 0; x >= 0 && k < MaxDepth; x = t.Head(x), k++)
        {
            int at = up.IndexOf(x);
            if (at >= 0)
            {
                var parts = new List<string>(at + down.Count);
                for (int k2 = 0; k2 < at; k2++) parts.Add(Rel(t, up[k2]) + "^");
                for (int k2 = down.Count - 1; k2 >= 0; k2--) parts.Add("v" + Rel(t, down[k2]));
                int length = parts.Count;
                return (length > 4 ? string.Join(" ", parts.Take(2)) + " .. " + string.Join(" ", parts.TakeLast(2)) : string.Join(" ", parts), length, x);
            }
            down.Add(x);
        }
        return ("none", 99, -1);
    }
}
