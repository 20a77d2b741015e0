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
    private readonly List<ActorMention> _subjects = [];

    public ActorMention? Resolve(SentenceTree t, int head)
    {
        var tok = t[head];
        if (tok.Upos == "PRON") return Pronoun(t, head);
        var found = Named(t, head) ?? Apposed(t, head) ?? Office(t, head) ?? Described(t, head) ?? UnknownName(t, head);
        if (found is not null && (found.Country is not null || found.Name is not null))
        {
            _seen.Add(found);
            if (t.Rel(head) == "nsubj") _subjects.Add(found);
        }
        return found;
    }

    private ActorMention? Pronoun(SentenceTree t, int head)
    {
        string w = t.Lemma(head);
        if (w is not ("he" or "she" or "they" or "it" or "him" or "her" or "them")) return null;
        bool person = w is "he" or "she" or "him" or "her";
        // Pronouns prefer the last subject (centering), then anyone named.
        return Latest(_subjects, person) is { } s ? s with { Text = t[head].Text, Start = t[head].Start, End = t[head].End }
            : Latest(_seen, person) is { } a ? a with { Text = t[head].Text, Start = t[head].Start, End = t[head].End } : null;
    }

    private static ActorMention? Latest(List<ActorMention> list, bool person)
    {
        for (int i = list.Count - 1; i >= 0; i--)
            if (!person || list[i].Role is not null || list[i].Name is not null) return list[i];
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
        return t[head].Upos == "PROPN" ? knowledge.ResolveName(t[head].Text, t[head].Start, t[head].End, date) : null;
    }

    /// <summary>Countries of the actors named so far, most often named first.</summary>
    private IEnumerable<string> Countries() =>
        _seen.Where(x => x.Country is not null).GroupBy(x => x.Country!).OrderByDescending(g => g.Count()).Select(g => g.Key);

    private string? Dominant() => Countries().FirstOrDefault();

    /// <summary>A proper name the knowledge base does not know keeps its words.</summary>
    private static ActorMention? UnknownName(SentenceTree t, int head)
    {
        if (t[head].Upos != "PROPN") return null;
        var (a, b) = t.Phrase(head);
        return new ActorMention(t.Text(a, b), t[a].Start, t[b - 1].End);
    }

    /// <summary>
    /// "the Secretary of State", "Iran's foreign minister", "the U.S. secretary of defense": an office
    /// named without its holder resolves to whoever held it on the article's date.
    /// </summary>
    private ActorMention? Office(SentenceTree t, int head)
    {
        var (a, b) = t.Phrase(head);
        // Keep "of State" / "of Defense" that follow the head word.
        if (b + 1 < t.End && t.Lemma(b) == "of" && t.Rel(b + 1) == "nmod" && t.Head(b + 1) == head && t[b + 1].Upos == "PROPN") b += 2;
        string? country = null;
        int first = a;
        for (; first < head; first++)
        {
            var w = t[first];
            if (w.Upos is "DET") continue;
            if (knowledge.CountryOfAdjective(w.Text) is { } c) { country = c; continue; }
            if (t.FullRel(first) == "nmod:poss" && Named(t, first)?.Country is { } pc) { country = pc; continue; }
            if (w.Upos == "PART") continue;
            break;
        }
        if (first > head) return null;
        string title = t.Text(first, b), text = t.Text(a, b);
        if (country is not null) return knowledge.OfficeHolder(title, country, date, text, t[a].Start, t[b - 1].End);
        // No country in the words: an international office, else that office of the countries the article names most.
        var hit = knowledge.OfficeHolder(title, null, date, text, t[a].Start, t[b - 1].End);
        foreach (var seen in Countries())
        {
            if (hit is not null) break;
            hit = knowledge.OfficeHolder(title, seen, date, text, t[a].Start, t[b - 1].End);
        }
        return hit;
    }

    /// <summary>"his Israeli counterpart Yoav Gallant", "a minister, Benny Gantz": the name beside the description.</summary>
    private ActorMention? Apposed(SentenceTree t, int head)
    {
        foreach (int c in t.ChildrenWith(head, "appos", "flat", "compound"))
            if (t[c].Upos == "PROPN" && Named(t, c) is { } named) return named;
        // "Secretary of State Antony Blinken" parsed with the title as head and the person below it.
        if (t[head].Upos == "PROPN" || knowledge.SectorOfRole(t.Lemma(head)) is not null)
            foreach (int c in t.ChildrenWith(head, "nmod", "nmod:desc"))
                if (t.EntityAt(c) is { Label: "PER" } && Named(t, c) is { } person) return person;
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
        if (country is not null) return mention;
        // "the militant group", "the ministry": a definite description refers back to the last named actor of that sector.
        if (t.Lemma(a) == "the")
            for (int i = _seen.Count - 1; i >= 0; i--)
                if (_seen[i].Sector == sector && _seen[i].Name is not null) return _seen[i] with { Text = mention.Text, Start = mention.Start, End = mention.End };
        // "police", "150 people": people and institutions described without a country belong to the story's country.
        if (sector is not ("IGO" or "NGO" or "JRN") && Dominant() is { } story)
            return mention with { Country = story, Code = story + sector };
        return mention;
    }
}
