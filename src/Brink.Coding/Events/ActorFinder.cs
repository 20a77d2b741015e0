using Brink.Coding.Syntax;

namespace Brink.Coding.Events;

/// <summary>
/// Turns an argument's head word into an actor: a known name (entity span or noun phrase), a national
/// adjective with a role noun ("a senior U.S. official", "Israeli troops"), a possessor with a role
/// ("Israel's war cabinet"), or a pronoun that refers back to the last person or group named.
/// Unknown names found by the entity recognizer keep their text.
/// </summary>
internal sealed class ActorFinder(ICodingKnowledge knowledge, DateOnly date)
{
    private readonly List<ActorMention> _seen = [];

    public ActorMention? Resolve(SentenceTree t, int head)
    {
        var tok = t[head];
        if (tok.Upos == "PRON") return Pronoun(t, head);
        var found = Named(t, head) ?? Apposed(t, head) ?? Described(t, head);
        if (found is not null && (found.Country is not null || found.Name is not null)) _seen.Add(found);
        return found;
    }

    private ActorMention? Pronoun(SentenceTree t, int head)
    {
        string w = t.Lemma(head);
        if (w is not ("he" or "she" or "they" or "it" or "him" or "her" or "them")) return null;
        bool person = w is "he" or "she" or "him" or "her";
        for (int i = _seen.Count - 1; i >= 0; i--)
        {
            var a = _seen[i];
            if (person && a.Role is null && a.Name is null) continue;
            return a with { Text = t[head].Text, Start = t[head].Start, End = t[head].End };
        }
        return null;
    }

    private ActorMention? Named(SentenceTree t, int head)
    {
        if (t.EntityAt(head) is { } e)
        {
            string text = t.Doc.Text[e.Start..e.End];
            return knowledge.ResolveName(text, e.Start, e.End, date) ?? new ActorMention(text, e.Start, e.End);
        }
        var (a, b) = t.Phrase(head);
        while (a < head && t[a].Upos is "DET" or "ADJ" or "NUM" && !IsAdjectiveCountry(t, a)) a++;
        for (int first = a; first <= head; first++)
        {
            var text = t.Text(first, b);
            var hit = knowledge.ResolveName(text, t[first].Start, t[b - 1].End, date);
            if (hit is not null) return hit;
        }
        if (t[head].Upos == "PROPN") return knowledge.ResolveName(t[head].Text, t[head].Start, t[head].End, date) ?? new ActorMention(t.Text(a, b), t[a].Start, t[b - 1].End);
        return null;
    }

    /// <summary>"his Israeli counterpart Yoav Gallant", "a minister, Benny Gantz": the name beside the description.</summary>
    private ActorMention? Apposed(SentenceTree t, int head)
    {
        foreach (int c in t.ChildrenWith(head, "appos", "flat", "compound"))
            if (t[c].Upos == "PROPN" && Named(t, c) is { } named) return named;
        return null;
    }

    private bool IsAdjectiveCountry(SentenceTree t, int i) => knowledge.CountryOfAdjective(t[i].Text) is not null;

    private ActorMention? Described(SentenceTree t, int head)
    {
        var (pa, pb) = t.Phrase(head);
        while (pa < head && t[pa].Upos is "DET" or "NUM" or "PRON") pa++;
        // The longest role words first: "militant group" before "group".
        string? sector = null;
        for (int first = pa; first <= head && sector is null; first++) sector = knowledge.SectorOfRole(t.Text(first, head + 1).ToLowerInvariant());
        sector ??= knowledge.SectorOfRole(t.Lemma(head));
        if (sector is null) return null;
        string? country = null;
        foreach (int c in t.Children(head))
        {
            string rel = t.Rel(c);
            if (rel is "amod" or "compound" or "nmod") country ??= knowledge.CountryOfAdjective(t[c].Text) ?? Named(t, c)?.Country;
        }
        var (a, b) = t.Phrase(head);
        var mention = new ActorMention(t.Text(a, b), t[a].Start, t[b - 1].End) { Country = country, Sector = sector, Code = country is null ? null : country + sector };
        // "the militant group", "the ministry": a definite description refers back to the last named actor of that sector.
        if (country is null && t.Lemma(a) == "the")
            for (int i = _seen.Count - 1; i >= 0; i--)
                if (_seen[i].Sector == sector && _seen[i].Name is not null) return _seen[i] with { Text = mention.Text, Start = mention.Start, End = mention.End };
        return mention;
    }
}
