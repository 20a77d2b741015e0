using Brink.Coding.Syntax;

namespace Brink.Coding.Learning;

/// <summary>
/// What the modality model sees of a trigger: negation, auxiliaries, conditions and hedges on it and on the clauses
/// above it (up to three levels: "says it will", "threatened to", "denied that ... attacked"), its tense and form,
/// and the determiners and modifiers of an event noun ("no talks", "the alleged attack").
/// </summary>
internal static class ModalityFeatures
{
    private enum T { Bias = 1, Neg, Aux, Mark, Advmod, Feats, Det, Amod, Up, UpNeg, UpAux, UpMark, Speech, UpRel }

    private const int Crossed = 100;

    public static void Add(FeatureBag f, SentenceTree t, int trigger, string type, ISet<string> speechVerbs)
    {
        f.Add((int)T.Bias);
        Cues(f, t, trigger, (int)T.Neg, (int)T.Aux, (int)T.Mark);
        foreach (int c in t.Children(trigger))
        {
            if (t.Rel(c) == "advmod") f.Add((int)T.Advmod, t.Lemma(c));
            else if (t.Rel(c) == "det") f.Add((int)T.Det, t.Lemma(c));
            else if (t.Rel(c) == "amod") f.Add((int)T.Amod, t.Lemma(c));
        }
        foreach (var part in t[trigger].Feats.Split('|'))
            if (part.StartsWith("Tense=", StringComparison.Ordinal) || part.StartsWith("VerbForm=", StringComparison.Ordinal) || part.StartsWith("Mood=", StringComparison.Ordinal))
                f.Add((int)T.Feats, part);
        int node = trigger;
        for (int level = 1; level <= 3 && t.Head(node) is int h and >= 0; level++, node = h)
        {
            string rel = t.Rel(node);
            f.Add((int)T.UpRel, level.ToString(), rel);
            f.Add((int)T.Up, rel, t.Lemma(h));
            if (speechVerbs.Contains(t.Lemma(h))) f.Add((int)T.Speech, level.ToString(), t.Lemma(h));
            Cues(f, t, h, (int)T.UpNeg, (int)T.UpAux, (int)T.UpMark);
            if (rel is not ("xcomp" or "ccomp" or "advcl" or "conj" or "acl" or "obj" or "nsubj" or "nsubj:pass" or "csubj" or "parataxis")) break;
        }
        f.CrossAll(Crossed, type);
    }

    private static void Cues(FeatureBag f, SentenceTree t, int i, int neg, int aux, int mark)
    {
        foreach (int c in t.Children(i))
        {
            string rel = t.Rel(c), lemma = t.Lemma(c);
            if (rel == "advmod" && lemma is "not" or "never" or "n't" || rel == "det" && lemma == "no") f.Add(neg, lemma);
            else if (rel == "aux") f.Add(aux, lemma);
            else if (rel == "mark") f.Add(mark, lemma);
        }
    }
}
