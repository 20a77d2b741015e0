using Brink.Coding.Syntax;

namespace Brink.Coding.Events;

/// <summary>Actors described rather than named: offices, role words with a country or possessor, titles of unknown persons.</summary>
internal sealed partial class ActorFinder
{
    // Descriptions resolved so far, by head lemma, so "the ministry" can refer back to "the Ministry of Foreign Affairs of Ukraine".
    private readonly List<(string Lemma, ActorMention Mention)> _described = [];

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
    private ActorMention? Apposed(SentenceTree t, int head, int depth)
    {
        foreach (int c in t.ChildrenWith(head, "appos", "flat", "compound"))
        {
            if (t[c].Upos != "PROPN" || Named(t, c) is not { } named) continue;
            // "Guyana's president, Irfaan Ali": a person the knowledge base does not know takes the description's country and office.
            if (named is { Name: null, Country: null } && (Office(t, head) ?? Described(t, head, depth)) is { Country: not null } d)
                return named with { Country = d.Country, Sector = d.Sector, Code = d.Code, Role = t.Text(t.Phrase(head).First, t.Phrase(head).End) };
            return named;
        }
        // "Secretary of State Antony Blinken" parsed with the title as head and the person below it.
        if (t[head].Upos == "PROPN" || knowledge.SectorOfRole(t.Lemma(head)) is not null)
            foreach (int c in t.ChildrenWith(head, "nmod", "nmod:desc"))
                // Not "an advisor to President Donald Trump": a person after "to" or "for" is someone else.
                if (t.CaseOf(c) is null or "of" && t.EntityAt(c) is { Label: "PER" } && Named(t, c) is { } person) return person;
        return null;
    }

    /// <summary>"Swiss Foreign Minister Ignazio Cassis": the title before an unknown person's name, when it says the country.</summary>
    private ActorMention? Titled(SentenceTree t, int head, int depth)
    {
        foreach (int c in t.ChildrenWith(head, "compound", "nmod:desc"))
            if (c < head && t[c].Upos is "PROPN" or "NOUN" && (Office(t, c) ?? Described(t, c, depth)) is { Country: not null } d) return d;
        return null;
    }

    /// <summary>Further countries coordinated in a description: "American and British", "of Congo and Rwanda".</summary>
    private IEnumerable<string> CoordinatedCountries(SentenceTree t, int head)
    {
        foreach (int c in t.Children(head))
        {
            string rel = t.Rel(c);
            if (rel is not ("amod" or "compound" or "nmod")) continue;
            if (rel == "nmod" && t.CaseOf(c) is not ("of" or "from" or null)) continue;
            foreach (int k in t.WithConjuncts(c))
                if (CountryOf(t, k) is { } country) yield return country;
            // "the ministers of the Democratic Republic of Congo and Rwanda": the parser joins the second country to the
            // last word of the first one's name, inside its "of" phrase.
            foreach (int inner in t.ChildrenWith(c, "nmod"))
                if (t.CaseOf(inner) == "of")
                    foreach (int k in t.ChildrenWith(inner, "conj"))
                        if (CountryOf(t, k) is { } country) yield return country;
        }
    }

    private string? CountryOf(SentenceTree t, int i) => knowledge.CountryOfAdjective(t[i].Text) ?? Named(t, i)?.Country;

    private ActorMention? Described(SentenceTree t, int head, int depth)
    {
        var (pa, pb) = t.Phrase(head);
        while (pa < head && t[pa].Upos is "DET" or "NUM" or "PRON") pa++;
        // The longest role words first: "militant group" before "group".
        string? sector = null;
        for (int first = pa; first <= head && sector is null; first++) sector = knowledge.SectorOfRole(t.Text(first, head + 1).ToLowerInvariant());
        sector ??= knowledge.SectorOfRole(t.Lemma(head));
        if (sector is null) return null;
        var (a, b) = t.Phrase(head);
        var mention = new ActorMention(t.Text(a, b), t[a].Start, t[b - 1].End) { Sector = sector };
        string? country = null, ownerCountry = null;
        bool foreign = false;
        foreach (int c in t.Children(head))
        {
            string rel = t.Rel(c);
            if (t.FullRel(c) == "nmod:poss")
            {
                // "its fighters", "Hezbollah's commanders": members of a non-state group or international body are that group.
                var owner = depth < 3 ? Resolve(t, c, depth + 1) : null;
                if (owner is { Code: not null } && IsNonState(owner)) return owner with { Text = mention.Text, Start = mention.Start, End = mention.End };
                ownerCountry ??= owner?.Country;
                // "his Israeli counterpart": the same kind of office as his, in the other country.
                if (t.Lemma(head) == "counterpart" && owner?.Sector is { } ownerSector) mention = mention with { Sector = sector = ownerSector };
            }
            // "the spokesman for the Iranian foreign ministry" speaks for that country, as "of" does; "diplomats from Iran" too.
            else if (rel is "amod" or "compound" or "nmod" && (rel != "nmod" || t.CaseOf(c) is "of" or "for" or "from" or null))
            {
                country ??= CountryOf(t, c) ?? OfCountry(t, c);
                // "Western officials", "European governments": a named region or bloc, not the story's country.
                foreach (int k in t.WithConjuncts(c)) foreign |= t[k].Upos == "ADJ" && char.IsUpper(t[k].Text[0]) && CountryOf(t, k) is null;
            }
        }
        // "Israel's war cabinet": the possessor's country, unless the words name another ("his Israeli counterpart").
        country ??= ownerCountry;
        if (country is not null) return Remember(t.Lemma(head), mention with { Country = country, Code = country + sector });
        // "the militant group", "the ministry": a definite description refers back to the last described actor
        // with the same head word, else the last named actor of that sector.
        if (t.Lemma(a) == "the")
        {
            for (int i = _described.Count - 1; i >= 0; i--)
                if (_described[i].Lemma == t.Lemma(head)) return _described[i].Mention with { Text = mention.Text, Start = mention.Start, End = mention.End };
            for (int i = _seen.Count - 1; i >= 0; i--)
                if (_seen[i].Sector == sector && _seen[i].Name is not null) return _seen[i] with { Text = mention.Text, Start = mention.Start, End = mention.End };
        }
        // "police", "150 people": people and institutions described without a country belong to the story's country.
        if (!foreign && sector is not ("IGO" or "NGO" or "JRN") && Dominant() is { } story)
            return mention with { Country = story, Code = story + sector, CountryFromStory = true };
        return mention;
    }

    /// <summary>"of Foreign Affairs of Ukraine": a country named further down an "of" chain.</summary>
    private string? OfCountry(SentenceTree t, int i)
    {
        for (int depth = 0; depth < 3; depth++)
        {
            int next = -1;
            foreach (int c in t.ChildrenWith(i, "nmod"))
                if (t.CaseOf(c) == "of") { if (CountryOf(t, c) is { } country) return country; next = c; }
            if (next < 0) return null;
            i = next;
        }
        return null;
    }

    private ActorMention Remember(string lemma, ActorMention m)
    {
        _described.Add((lemma, m));
        return m;
    }

    /// <summary>An international body or a non-state group (not a state, its institutions or its people).</summary>
    private static bool IsNonState(ActorMention a) => a.Code != a.Country && (a.Country is null ? a.Sector is "IGO" or "NGO" or "REB" : a.Sector is "REB" or "OPP") && a.Name is not null;
}
