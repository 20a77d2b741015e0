using Brink.Coding.Syntax;

namespace Brink.Coding.Events;

/// <summary>
/// The actor-context stage of the learned coder: a mention resolved to a sector but no country ("Police in Hong Kong",
/// "demonstrators" in a sentence about the Philippines, "a federal grand jury") takes the country its own phrase names,
/// else the first country the sentence names, else the story's; a titled person the knowledge base does not know
/// ("President George W. Bush" in 2008) takes the title's sector the same way, an untitled one is a civilian; a place named as a party ("Wales moves
/// to level zero") stands for its country's government.
/// </summary>
internal static class MentionContext
{
    /// <summary>Countries the sentence names, in order: places the gazetteer knows, country names and national adjectives.</summary>
    public static List<string> SentenceCountries(SentenceTree t, ICodingKnowledge knowledge, DateOnly date)
    {
        var found = new List<string>();
        for (int i = t.First; i < t.End; i++)
        {
            string? country = t[i].Upos switch
            {
                "ADJ" or "PROPN" when knowledge.CountryOfAdjective(t[i].Text) is { } c => c,
                "PROPN" => PlaceOf(t, i, knowledge, date),
                _ => null,
            };
            if (country is not null && !found.Contains(country)) found.Add(country);
        }
        return found;
    }

    /// <summary>Places a mention the knowledge base left without a country; <c>eventPlace</c> is where the event happened, which civilians hit by it belong to.</summary>
    public static ActorMention Fill(ActorMention m, SentenceTree t, int head, bool asActor, IReadOnlyList<string> sentence, IReadOnlyList<string> story,
        ICodingKnowledge knowledge, DateOnly date, string? eventPlace = null)
    {
        if (m.Country is not null || m.Code is not null && m.Code != m.Country && m.Name is not null) return m;
        // "21 Palestinians", "two Swedish nationals": people named by nationality.
        if (knowledge.CountryOfAdjective(t[head].Text) is { } demonym && t[head].Upos is "NOUN" or "PROPN")
            return m with { Country = demonym, Sector = m.Sector ?? "CVL", Code = demonym };
        if (m is { Sector: null, Name: null, Code: null } && t[head].Upos != "PROPN" && Bare(t, head).Sector is { } bareSector) m = m with { Sector = bareSector };
        string? own = OwnPlace(t, head, knowledge, date);
        // Civilians, property and armed groups belong to where the event happened unless their own words say otherwise.
        string? Context() => own ?? (m.Sector is "CVL" or "REB" ? eventPlace : null) ?? sentence.FirstOrDefault() ?? story.FirstOrDefault();
        if (m.Sector is not null) return Context() is { } c ? m with { Country = c, Code = c, CountryFromStory = true } : m;
        if (t.EntityAt(head) is { Label: "PER" } && TitleSector(t, head, knowledge) is { } sector)
            return Context() is { } c ? m with { Country = c, Sector = sector, Code = c } : m with { Sector = sector };
        // A person the knowledge base does not know, with no title, is a private person of where the text places them
        // ("Michael Adebolajo is convicted" in a story about London): the annotations code most such names so. An actor
        // does not take a country the sentence names elsewhere: that is more often the other party's ("Zorblax expelled
        // Algerian diplomats").
        if (t.EntityAt(head) is { Label: "PER" } && t[head].Upos == "PROPN")
            return (own ?? eventPlace ?? (asActor ? null : sentence.FirstOrDefault()) ?? story.FirstOrDefault()) is { } home
                ? m with { Country = home, Sector = "CVL", Code = home, CountryFromStory = true } : m;
        // A place named as a party ("Wales moves to level zero") or attacked ("the town of Chibok") stands for its country.
        string? place = t[head].Upos == "PROPN" ? PlaceOf(t, head, knowledge, date)
            : t[head].Supersense == "noun.location" ? own ?? eventPlace ?? sentence.FirstOrDefault() : null;
        if (place is not null) return m with { Country = place, Sector = asActor ? "GOV" : null, Code = place };
        return m;
    }

    /// <summary>
    /// A phrase the knowledge base cannot resolve, as a mention: people and property with no other description are
    /// civilians ("eight convicted drug smugglers", "a natural gas pipeline"), a place is its country with no sector
    /// ("the town of Chibok"), by the WordNet class the tagger gives the head word; anything else keeps only its words.
    /// </summary>
    public static ActorMention Bare(SentenceTree t, int head)
    {
        var (a, b) = t.Phrase(head);
        var mention = new ActorMention(t.Text(a, b), t[a].Start, t[b - 1].End);
        if (t[head].Upos == "PROPN") return mention;
        // "dozens of people", "hundreds of protesters": a quantity stands for what it counts.
        int word = head;
        if (t[head].Supersense == "noun.quantity" || t[head].Upos == "NUM")
            foreach (int c in t.ChildrenWith(head, "nmod")) if (t.CaseOf(c) == "of") { word = c; break; }
        // The role table has already read the words that name an arm of a state or a group with a sector ("army", "party").
        return t[word].Supersense is "noun.person" or "noun.artifact" or "noun.group" ? mention with { Sector = "CVL" } : mention;
    }

    /// <summary>
    /// One name phrase read as several mentions ("British Business Secretary" + "Vince Cable", "Prime Minister" + "of Israel"
    /// + "Ehud Olmert") is one actor: mentions at most a short word apart merge when they resolve alike or one of them
    /// resolves to nothing; the resolved one stands for the whole phrase.
    /// </summary>
    public static List<ActorMention> Distinct(List<ActorMention> mentions)
    {
        var kept = new List<ActorMention>(mentions.Count);
        foreach (var m in mentions.OrderBy(x => x.Start))
        {
            if (kept.Count > 0 && kept[^1] is var last && m.Start - last.End <= MaxGap && (Alike(last, m) || !IsPlaced(last) || !IsPlaced(m)))
            {
                var keep = IsPlaced(last) || !IsPlaced(m) ? last : m;
                kept[^1] = keep with { Start = Math.Min(last.Start, m.Start), End = Math.Max(last.End, m.End) };
                continue;
            }
            kept.Add(m);
        }
        return kept;
    }

    /// <summary>The widest gap, in characters, between two mentions of one phrase (" of ").</summary>
    private const int MaxGap = 4;

    private static bool IsPlaced(ActorMention a) => a.Country is not null || a.Code is not null;

    private static bool Alike(ActorMention a, ActorMention b) => a.Country == b.Country && a.Sector == b.Sector && (a.Code == b.Code || a.Name is null || b.Name is null);

    private static string? PlaceOf(SentenceTree t, int i, ICodingKnowledge knowledge, DateOnly date)
    {
        var (a, b) = t.EntityAt(i) is { } e ? (e.FirstToken, e.EndToken) : (i, i + 1);
        return knowledge.PlaceCountry(t.Text(a, b), date) ?? knowledge.ResolveName(t.Text(a, b), t[a].Start, t[b - 1].End, date, [])?.Country;
    }

    /// <summary>A place or country in the mention's own words or "in X" phrase: "Police in Hong Kong", "the high court in Gauteng, South Africa".</summary>
    private static string? OwnPlace(SentenceTree t, int head, ICodingKnowledge knowledge, DateOnly date)
    {
        foreach (int c in t.Children(head))
        {
            // "South African policemen": the adjective may be two words.
            if (t.Rel(c) is "amod" or "compound" && (knowledge.CountryOfAdjective(t[c].Text) ?? knowledge.CountryOfAdjective(t.Text(t.Phrase(c).First, t.Phrase(c).End))) is { } adj) return adj;
            if (t.Rel(c) is not ("nmod" or "compound" or "amod")) continue;
            foreach (int k in t.WithConjuncts(c).Concat(t.ChildrenWith(c, "appos", "nmod")))
                if (t[k].Upos == "PROPN" && PlaceOf(t, k, knowledge, date) is { } place) return place;
        }
        return null;
    }

    /// <summary>The sector of a title before a name ("President", "Taoiseach", "Attorney General"), from the role words.</summary>
    private static string? TitleSector(SentenceTree t, int head, ICodingKnowledge knowledge)
    {
        foreach (int c in t.Children(head))
            if (c < head && t.Rel(c) is "compound" or "nmod" or "appos" && knowledge.SectorOfRole(t.Lemma(c)) is { } s) return s;
        return null;
    }
}
