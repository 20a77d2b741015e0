using Brink.Coding.Syntax;

namespace Brink.Coding.Events;

/// <summary>
/// Turns an argument's head word into an actor: a known name (entity span or noun phrase), a national
/// adjective with a role noun ("a senior U.S. official", "Israeli troops"), a possessor with a role
/// ("Israel's war cabinet"), or a pronoun that refers back to the last person or group named.
/// Unknown names found by the entity recognizer keep their text. Descriptions are in ActorFinder.Descriptions.cs.
/// </summary>
internal sealed partial class ActorFinder(ICodingKnowledge knowledge, DateOnly date)
{
    private readonly List<ActorMention> _seen = []; // only ever added to
    private List<string> _countries = [];
    private int _countriesSeen; // how many of _seen _countryCounts has counted
    private readonly Dictionary<string, (int Count, int First)> _countryCounts = [];
    private readonly List<ActorMention> _subjects = [];
    private List<ActorMention>? _group; // the last subject that named several actors, and how many subjects came before it
    private int _groupAt = -1;
    private readonly List<List<ActorMention>> _countryGroups = []; // sets of several countries named together, in order

    /// <summary>
    /// Every actor a head word names: one, or several when a description coordinates countries
    /// ("American and British warplanes", "the foreign ministers of Congo and Rwanda"), refers back to
    /// several ("the two presidents", "both ministers"), or is "they" after such a group.
    /// </summary>
    public IEnumerable<ActorMention> ResolveAll(SentenceTree t, int head)
    {
        var tok = t[head];
        var all = new List<ActorMention>();
        if (tok.Upos == "PRON" && t.Lemma(head) is "they" or "them" or "their" && _group is { } g && _groupAt == _subjects.Count)
            all.AddRange(g.Select(m => m with { Text = tok.Text, Start = tok.Start, End = tok.End }));
        else if (GroupReference(t, head) is { } group) all.AddRange(group);
        else if (Resolve(t, head) is { } found)
        {
            all.Add(found);
            if (found is { Name: null, Sector: not null, Country: not null })
                foreach (string other in CoordinatedCountries(t, head).Where(c => c != found.Country).Distinct())
                    all.Add(found with { Country = other, Code = other + found.Sector });
        }
        if (all.Count > 1 && t.Rel(head) == "nsubj") (_group, _groupAt) = (all, _subjects.Count);
        NoteGroup(all);
        return all;
    }

    /// <summary>Remembers actors named together ("Britain, France and Germany") when they are of several countries, so "the three countries" can refer back to them.</summary>
    public void NoteGroup(IReadOnlyList<ActorMention> actors)
    {
        var distinct = actors.Where(a => a.Country is not null && !a.CountryFromStory).DistinctBy(a => a.Country).ToList();
        if (distinct.Count >= 2) _countryGroups.Add(distinct);
    }

    /// <summary>
    /// "the three countries", "the two governments", "both capitals": the last n countries of the latest set of at least n
    /// countries named together, each as its state. The role words ("the two presidents") are <see cref="GroupReference"/>'s.
    /// </summary>
    private List<ActorMention>? CountryGroup(SentenceTree t, int head, int n)
    {
        if (!CollectiveStateNouns.Contains(t.Lemma(head))) return null;
        for (int g = _countryGroups.Count - 1; g >= 0; g--)
        {
            if (_countryGroups[g].Count < n) continue;
            var (a, b) = t.Phrase(head);
            return _countryGroups[g][^n..]
                .Select(m => new ActorMention(t.Text(a, b), t[a].Start, t[b - 1].End) { Country = m.Country, Sector = "GOV", Code = m.Country })
                .ToList();
        }
        return null;
    }

    private static readonly HashSet<string> CollectiveStateNouns = ["country", "nation", "state", "government", "power", "capital", "neighbour", "neighbor", "ally"];

    /// <summary>
    /// "the two presidents", "both ministers": the last persons named with that title, one per country; "the three
    /// countries", "the two governments": the countries last named together.
    /// </summary>
    private List<ActorMention>? GroupReference(SentenceTree t, int head)
    {
        int n = 0;
        foreach (int c in t.Children(head))
            n = t.Lemma(c) switch { "both" => 2, "two" => 2, "three" => 3, "four" => 4, _ => n };
        if (n == 0) return null;
        if (knowledge.SectorOfRole(t.Lemma(head)) is null) return CountryGroup(t, head, n);
        return SameTitle(t, head, n) ?? CountryGroup(t, head, n);
    }

    /// <summary>The last <paramref name="n"/> persons of distinct countries named with the title of <paramref name="head"/>.</summary>
    private List<ActorMention>? SameTitle(SentenceTree t, int head, int n)
    {
        var (a, b) = t.Phrase(head);
        var group = new List<ActorMention>();
        for (int i = _seen.Count - 1; i >= 0 && group.Count < n; i--)
        {
            var m = _seen[i];
            if (m.Country is not null && m.Role?.Contains(t.Lemma(head), StringComparison.OrdinalIgnoreCase) == true && group.All(x => x.Country != m.Country))
                group.Add(m with { Text = t.Text(a, b), Start = t[a].Start, End = t[b - 1].End });
        }
        return group.Count == n ? group : null;
    }

    public ActorMention? Resolve(SentenceTree t, int head) => Resolve(t, head, 0);

    private ActorMention? Resolve(SentenceTree t, int head, int depth)
    {
        var tok = t[head];
        if (IsDateline(t, head)) return null;
        // "Maduro, who had accused Guyana": a relative pronoun stands for the noun its clause modifies.
        if (tok.Upos == "PRON" && t.Lemma(head) is "who" or "which" or "that" && t.Head(head) is int rc and >= 0 && t.Rel(rc) == "acl" && t.Head(rc) is int ante and >= 0)
            return depth < 3 ? Resolve(t, ante, depth + 1) : null;
        if (tok.Upos == "PRON") return Pronoun(t, head, depth);
        // "Israeli strikes": a national adjective alone stands for its country.
        if (tok.Upos == "ADJ" && knowledge.CountryOfAdjective(tok.Text) is { } adjCountry)
            return new ActorMention(tok.Text, tok.Start, tok.End) { Country = adjCountry, Sector = "GOV", Code = adjCountry };
        var found = Named(t, head) ?? Apposed(t, head, depth) ?? Office(t, head) ?? Described(t, head, depth) ?? UnknownName(t, head);
        if (found is { Name: null, Country: null, Sector: null } && Titled(t, head, depth) is { } title)
            found = found with { Country = title.Country, Sector = title.Sector, Code = title.Code, Role = title.Text };
        if (found is not null && (found.Country is not null || found.Name is not null))
        {
            _seen.Add(found);
            if (t.Rel(head) == "nsubj") _subjects.Add(found);
        }
        return found;
    }

    /// <summary>"GENEVA (Brink Wire) —", "SEOUL —": the place in capitals that opens a wire story is not a participant.</summary>
    private static bool IsDateline(SentenceTree t, int i)
    {
        if (i - t.First > 3 || !IsCapitals(t[i].Text)) return false;
        for (int k = t.First; k < i; k++) if (!IsCapitals(t[k].Text)) return false;
        for (int k = i + 1; k < Math.Min(t.End, i + 8); k++)
            if (t[k].Text is "—" or "–" or "--") return true;
        return false;
    }

    private static bool IsCapitals(string w) => w.Length > 1 && w.Any(char.IsLetter) && w.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private ActorMention? Pronoun(SentenceTree t, int head, int depth)
    {
        string w = t.Lemma(head);
        if (w is not ("he" or "she" or "they" or "it" or "him" or "her" or "them" or "its" or "his" or "their")) return null;
        bool person = w is "he" or "she" or "him" or "her" or "his", thing = w is "it" or "its";
        var tok = t[head];
        // "The United States suspended its partnership", "Hezbollah said it fired": a possessive, or the subject of a
        // reported clause, refers to the subject of the clause that holds it.
        if (t.FullRel(head) is "nmod:poss" or "nsubj" or "nsubj:pass" && depth < 3 && ClauseSubject(t, head) is int subject
            && Resolve(t, subject, depth + 1) is { } owner && (owner.Role is null || !thing) && (owner.Role is not null || !person))
            return owner with { Text = tok.Text, Start = tok.Start, End = tok.End };
        // Pronouns prefer the last subject (centering), then anyone named.
        return (Latest(_subjects, person, thing) ?? Latest(_seen, person, thing)) is { } a ? a with { Text = tok.Text, Start = tok.Start, End = tok.End } : null;
    }

    /// <summary>The subject, before the word, of the nearest clause that holds it.</summary>
    private static int? ClauseSubject(SentenceTree t, int i)
    {
        for (int node = t.Head(i), depth = 0; node >= 0 && depth < 6; node = t.Head(node), depth++)
            foreach (int s in t.ChildrenWith(node, "nsubj"))
                if (s < i && s != i) return s;
        return null;
    }

    private static ActorMention? Latest(List<ActorMention> list, bool person, bool thing)
    {
        for (int i = list.Count - 1; i >= 0; i--)
        {
            // "he" wants a person (an office holder or a name); "it" anything but an office holder.
            if (person ? list[i].Role is not null || list[i].Name is not null : !thing || list[i].Role is null) return list[i];
        }
        return null;
    }

    private ActorMention? Named(SentenceTree t, int head)
    {
        var story = Countries();
        // "Israel Katz" parsed as a name of two words (head and flat) can still be tagged as a place and a stray word.
        int last = head;
        foreach (int c in t.ChildrenWith(head, "flat")) if (c == last + 1) last = c;
        if (last > head && knowledge.ResolveName(t.Text(head, last + 1), t[head].Start, t[last].End, date, story) is { } flatName) return flatName;
        if (t.EntityAt(head) is { } e)
        {
            // "Agence France-Presse": the tokenizer splits at hyphens and the entity may stop at one.
            int hyphenated = HyphenatedEnd(t.Doc.Text, e.End);
            if (hyphenated > e.End && knowledge.ResolveName(t.Doc.Text[e.Start..hyphenated], e.Start, hyphenated, date, story) is { } whole) return whole;
            string text = t.Doc.Text[e.Start..e.End];
            return knowledge.ResolveName(text, e.Start, e.End, date, story) ?? WithOf(t, head, e.Start, story) ?? new ActorMention(text, e.Start, e.End);
        }
        var (a, b) = t.Phrase(head);
        while (a < head && t[a].Upos is "DET" or "NUM") a++;
        for (int first = a; first <= head; first++)
        {
            var hit = WithOf(t, head, t[first].Start, story) ?? knowledge.ResolveName(t.Text(first, b), t[first].Start, t[b - 1].End, date, story);
            if (hit is not null) return hit;
        }
        return t[head].Upos == "PROPN" ? knowledge.ResolveName(t[head].Text, t[head].Start, t[head].End, date, story) : null;
    }

    /// <summary>The end of the word joined by a hyphen right after <paramref name="end"/> ("France|-Presse"), or <paramref name="end"/>.</summary>
    private static int HyphenatedEnd(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != '-' || !char.IsLetter(text[end + 1])) return end;
        int k = end + 1;
        while (k < text.Length && (char.IsLetter(text[k]) || text[k] == '-')) k++;
        return k;
    }

    /// <summary>"the International Court of Justice": a name that runs on through an "of" phrase.</summary>
    private ActorMention? WithOf(SentenceTree t, int head, int start, IReadOnlyList<string> story)
    {
        foreach (int c in t.ChildrenWith(head, "nmod"))
        {
            if (c < head || t.CaseOf(c) != "of" || t[c].Upos != "PROPN") continue;
            int end = t[t.Phrase(c).End - 1].End;
            if (knowledge.ResolveName(t.Doc.Text[start..end], start, end, date, story) is { } hit) return hit;
        }
        return null;
    }

    /// <summary>Countries of the actors named so far, most often named first (ties: first named first).</summary>
    /// <remarks>Every name resolved asks for them: they are counted as mentions are seen, and ordered again only then.</remarks>
    private IReadOnlyList<string> Countries()
    {
        if (_countriesSeen == _seen.Count) return _countries;
        for (int i = _countriesSeen; i < _seen.Count; i++)
            if (_seen[i].Country is { } country)
            {
                if (!_countryCounts.TryGetValue(country, out var c)) c = (0, _countryCounts.Count);
                _countryCounts[country] = (c.Count + 1, c.First);
            }
        _countriesSeen = _seen.Count;
        _countries = [.. _countryCounts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First).Select(p => p.Key)];
        return _countries;
    }

    private string? Dominant() => Countries().FirstOrDefault();

    /// <summary>Countries of the actors named so far in the article, most named first.</summary>
    public IReadOnlyList<string> StoryCountries() => Countries();

    /// <summary>
    /// A state's forces do not attack or coerce their own state's forces or officials: when such a recipient's
    /// country was only guessed from the story ("Venezuelan drones struck the post, wounding three soldiers" in a
    /// story mostly about Venezuela), it takes the last country named that is not the actor's, else none. Rebels, police and protesters
    /// are left alone: fighting within a country is common.
    /// </summary>
    public ActorMention OtherSide(ActorMention recipient, IReadOnlyList<ActorMention> actors, string eventType)
    {
        if (!recipient.CountryFromStory || eventType is not ("ASSAULT" or "COERCE") || recipient.Sector is not ("MIL" or "GOV")
            || !actors.Any(a => a.Country == recipient.Country && a.Sector == "MIL")) return recipient;
        // The country named most recently on the other side is the likeliest ("struck the Guyanese post, wounding three soldiers").
        string? other = _seen.Select(x => x.Country).LastOrDefault(c => c is not null && actors.All(a => a.Country != c));
        return recipient with { Country = other, Code = other is null ? null : other + recipient.Sector };
    }

    /// <summary>A proper name the knowledge base does not know keeps its words.</summary>
    private static ActorMention? UnknownName(SentenceTree t, int head)
    {
        if (t[head].Upos != "PROPN") return null;
        var (a, b) = t.Phrase(head);
        return new ActorMention(t.Text(a, b), t[a].Start, t[b - 1].End);
    }
}
