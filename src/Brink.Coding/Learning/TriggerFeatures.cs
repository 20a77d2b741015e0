using Brink.Coding.Events;
using Brink.Coding.Syntax;

namespace Brink.Coding.Learning;

/// <summary>
/// What the type model sees of a candidate word: the word, its lemma with its object, particle, prepositions and
/// complement, the verb that governs it, negation and modal cues, its WordNet class, and what the trigger lexicon and
/// its patterns say of it (the old rules, kept as features).
/// </summary>
internal static class TriggerFeatures
{
    private enum T
    {
        Bias = 1, Lemma, Upos, LemmaUpos, Rel, LemmaRel, Object, ObjectSense, Particle, LemmaCase, Xcomp, XcompOf, Head, HeadLemma,
        Negated, Aux, Sense, Lexicon, LexiconMatch, LexiconMode, Suffix, Left, Right, Passive, SubjectKind, Det, Amod, CcompHead, Word, Compound,
        CameoDefault, CameoPattern, CameoXcomp, ArgKind, LemmaArgKind,
    }

    public static void Add(FeatureBag f, SentenceTree t, int i, ICodingKnowledge knowledge)
    {
        string lemma = t.Lemma(i), upos = t[i].Upos;
        bool noun = upos != "VERB";
        f.Add((int)T.Bias);
        f.Add((int)T.Lemma, lemma);
        f.Add((int)T.Word, t[i].Text);
        f.Add((int)T.Upos, upos);
        f.Add((int)T.LemmaUpos, lemma, upos);
        f.Add((int)T.Rel, t.FullRel(i));
        f.Add((int)T.LemmaRel, lemma, t.Rel(i));
        f.Add((int)T.Suffix, lemma.Length > 4 ? lemma[^4..] : lemma);
        if (t[i].Supersense is { } sense) f.Add((int)T.Sense, sense);
        foreach (int c in t.Children(i))
        {
            string rel = t.Rel(c), full = t.FullRel(c);
            if (rel == "obj")
            {
                f.Add((int)T.Object, lemma, t.Lemma(c));
                if (t[c].Supersense is { } os) f.Add((int)T.ObjectSense, lemma, os);
            }
            else if (full == "compound:prt") f.Add((int)T.Particle, lemma, t.Lemma(c));
            else if (rel is "obl" or "nmod" && t.CaseOf(c) is { } cs) f.Add((int)T.LemmaCase, lemma, cs);
            else if (rel == "xcomp") f.Add((int)T.Xcomp, lemma, t.Lemma(c));
            else if (rel == "advmod" && t.Lemma(c) is "not" or "never") f.Add((int)T.Negated);
            else if (rel == "aux") f.Add((int)T.Aux, t.Lemma(c));
            else if (full is "aux:pass" or "nsubj:pass") f.Add((int)T.Passive);
            else if (rel == "nsubj") f.Add((int)T.SubjectKind, t[c].Upos, EntityKind(t, c));
            // Who or what fills the slot, as the knowledge base sees it: a role with a sector, a country, a named entity.
            if (rel is "nsubj" or "obj" or "obl" or "nmod")
            {
                string kind = ArgumentKind(t, c, knowledge);
                f.Add((int)T.ArgKind, full, kind);
                f.Add((int)T.LemmaArgKind, lemma, full, kind);
            }
            else if (rel == "det") f.Add((int)T.Det, t.Lemma(c));
            else if (rel == "amod") f.Add((int)T.Amod, lemma, t.Lemma(c));
            else if (rel == "compound") f.Add((int)T.Compound, lemma, t.Lemma(c));
        }
        if (t.Head(i) is int h and >= 0)
        {
            f.Add((int)T.Head, t.Rel(i), t.Lemma(h));
            f.Add((int)T.HeadLemma, lemma, t.Lemma(h));
            if (t.Rel(i) == "xcomp") f.Add((int)T.XcompOf, t.Lemma(h));
            if (t.Rel(i) == "ccomp") f.Add((int)T.CcompHead, t.Lemma(h));
        }
        f.Add((int)T.Left, i > t.First ? t.Lemma(i - 1) : "<s>");
        f.Add((int)T.Right, i + 1 < t.End ? t.Lemma(i + 1) : "</s>");
        // The PETRARCH2 dictionary: a broad list of what a verb may code, weighed by the annotated data.
        if (!noun)
        {
            var cameo = knowledge.CameoVerbTypes(lemma);
            if (cameo.Count > 0 && cameo[0].Length > 0) f.Add((int)T.CameoDefault, cameo[0]);
            for (int k = 1; k < cameo.Count; k++) f.Add((int)T.CameoPattern, cameo[k]);
            foreach (int x in t.ChildrenWith(i, "xcomp"))
                if (knowledge.CameoVerbTypes(t.Lemma(x)) is { Count: > 0 } inner && inner[0].Length > 0) f.Add((int)T.CameoXcomp, inner[0]);
        }
        foreach (var r in knowledge.Triggers(lemma, noun))
        {
            f.Add((int)T.Lexicon, r.Type);
            if (r.Matches(t, i))
            {
                f.Add((int)T.LexiconMatch, r.Type, r.Ambiguous ? "ambiguous" : "plain");
                if (r.Mode is { } m) f.Add((int)T.LexiconMode, r.Type, m);
            }
        }
    }

    /// <summary>What the knowledge base makes of a phrase's head: its role's sector ("troops" MIL), "country", its entity kind, or "-".</summary>
    internal static string ArgumentKind(SentenceTree t, int i, ICodingKnowledge knowledge) =>
        knowledge.SectorOfRole(t.Lemma(i)) ?? (knowledge.CountryOfAdjective(t[i].Text) is not null ? "country" : t[i].Upos == "PRON" ? "pronoun" : EntityKind(t, i));

    /// <summary>PER, ORG, LOC or MISC from the entity recognizer, or "-" for a word outside any entity.</summary>
    internal static string EntityKind(SentenceTree t, int i) => t.EntityAt(i)?.Label ?? "-";
}
