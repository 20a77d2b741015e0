using Brink.Coding.Articles;
using Brink.Coding.Attribution;
using Brink.Coding.Dates;
using Brink.Coding.ModalityRules;
using Brink.Coding.Syntax;
using Brink.Text;

namespace Brink.Coding.Events;

/// <summary>Codes every event of a parsed article: trigger, arguments, actors, date, modality, attribution.</summary>
internal sealed partial class EventCoder(ICodingKnowledge knowledge, Learning.CoderModel? model = null, bool keepUnresolved = false)
{
    public List<EventRecord> Code(Article article, Doc doc)
    {
        var anchor = article.Ref.Published ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var actors = new ActorFinder(knowledge, anchor);
        var events = new List<EventRecord>();
        var entities = doc.Entities.ToList();
        List<DateMention> datesBefore = []; // the time expressions of the sentence before
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Length == 0 || article.IsFurniture(sentence.Start))
            {
                datesBefore = [];
                continue;
            }
            var tree = new SentenceTree(doc, sentence, entities);
            var dates = DateResolver.Find(doc, sentence.StartToken, sentence.EndToken, anchor);
            if (!sentence.IsParsed)
            {
                // A sentence with names but no event word is not parsed; its names are still the actors later pronouns may
                // refer to, and its dates what a following "then" goes by.
                ShallowSubject.Mark(tree);
                foreach (var e in tree.Entities) actors.Resolve(tree, e.EndToken - 1);
                datesBefore = dates;
                continue;
            }
            Repair(tree, dates);
            if (model is not null)
            {
                int before = events.Count;
                CodeLearned(new EventContext(article, tree, sentence, actors, dates, datesBefore, anchor, events), model);
                FinishSentence(tree, actors, events, before);
                datesBefore = dates;
                continue;
            }
            // Verbs first, so a nominal trigger inside a light-verb event ("imposed sanctions") is not coded twice.
            var coded = new Dictionary<int, string>();
            int first = events.Count;
            foreach (bool noun in new[] { false, true })
                for (int i = sentence.StartToken; i < sentence.EndToken; i++)
                {
                    if (doc[i].Upos != (noun ? "NOUN" : "VERB")) continue;
                    var reading = Best(tree, i, knowledge.Triggers(tree.Lemma(i), noun));
                    if (reading is null) continue;
                    if (noun && tree.Head(i) is int h and >= 0 && coded.GetValueOrDefault(h) == reading.Type) continue;
                    var record = Build(article, tree, sentence, i, noun, reading, actors, dates, datesBefore, anchor, events);
                    if (record is null) continue;
                    coded[i] = reading.Type;
                    events.Add(record);
                }
            FinishSentence(tree, actors, events, first);
            datesBefore = dates;
        }
        return events;
    }

    private static void FinishSentence(SentenceTree tree, ActorFinder actors, List<EventRecord> events, int first)
    {
        // Only this sentence's events are out of order: sorting them alone keeps coding linear in the article.
        events.Sort(first, events.Count - first, Comparer<EventRecord>.Create((a, b) => a.Trigger.Start.CompareTo(b.Trigger.Start)));
        // Later sentences' pronouns may refer to anyone named here, even outside an event.
        foreach (var e in tree.Entities) actors.Resolve(tree, e.EndToken - 1);
    }

    /// <summary>Marks the sentence's time expressions and mends the parses the coder knows to be wrong; training reads trees mended the same way.</summary>
    internal static void Repair(SentenceTree tree, List<DateMention> dates)
    {
        foreach (var d in dates) tree.MarkTime(d.FirstToken, d.EndToken);
        RelativeClauseRepair.Apply(tree);
        TimeWordRepair.Apply(tree, dates.Select(d => (d.FirstToken, d.EndToken)).ToList());
        SubjectRootRepair.Apply(tree);
    }

    /// <summary>
    /// Whether <see cref="Code"/> reads the parse of <paramref name="sentence"/> (tagged, with its entities): a body sentence
    /// with a word that may trigger an event, or with an entity, whose actor later pronouns may refer to. Parsing only
    /// these gives the same events; the rest (datelines, headers, short asides) is about a sixth of news text.
    /// </summary>
    public bool ReadsParse(Article article, Sentence sentence)
    {
        if (sentence.Length == 0 || article.IsFurniture(sentence.Start)) return false;
        foreach (var token in sentence.Tokens)
        {
            string upos = token.Upos;
            // The learned type model reads every verb and noun, not only the lexicon's.
            if (model is not null && upos is "VERB" or "NOUN") return true;
            if (upos is "VERB" or "NOUN" && knowledge.Triggers(token.Lemma.ToLowerInvariant(), upos == "NOUN").Count > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a mention found as the target of a statement stands on the speaker's own side: the same group, or the same
    /// country unless one of the two is the state and the other is not. A government condemning its own opposition, or the
    /// opposition its own police, is a dispute within one country; two organs of one state are more likely a mention that
    /// took the article's country by mistake ("the attack by two drones" in a story told from the victim's side).
    /// </summary>
    private static bool IsSameSide(ActorMention a, ActorMention b) =>
        a.Code is not null && a.Code == b.Code || a.Country == b.Country && IsState(a) == IsState(b);

    private static readonly HashSet<string> StateSectors = ["GOV", "MIL", "LEG", "JUD", "COP", "SPY"];

    private static bool IsState(ActorMention a) => a.Sector is null || StateSectors.Contains(a.Sector);

    /// <summary>A country or a known group: someone an analyst can place.</summary>
    private static bool IsResolved(ActorMention a) => a.Country is not null || a.Code is not null;

    private static bool IsInstrument(SentenceTree t, int head, ActorMention r) =>
        t.CaseOf(head) == "with" && r.Sector == "MIL" && r.Name is null && (r.Country is null || r.CountryFromStory) && t[head].Upos == "NOUN";

    /// <summary>The latest earlier event of the kind a definite event noun in the trigger's object names ("the launch", "these attacks").</summary>
    private EventRecord? ReferredEvent(SentenceTree t, int verb, List<EventRecord> earlier)
    {
        foreach (int n in t.ChildrenWith(verb, "obj"))
        {
            if (!t.ChildrenWith(n, "det").Any(d => t.Lemma(d) is "the" or "this" or "these" or "that" or "those")) continue;
            var types = knowledge.Triggers(t.Lemma(n), noun: true).Select(r => r.Type).ToHashSet();
            if (types.Count == 0) continue;
            for (int k = earlier.Count - 1; k >= 0; k--)
                if (types.Contains(earlier[k].EventType) && earlier[k].Trigger.Start < t[verb].Start && earlier[k].Actor.Count > 0) return earlier[k];
        }
        return null;
    }

    /// <summary>
    /// "poisoning the atmosphere", "attacked the plan", "destroyed hopes of peace": a word of force whose objects are all
    /// ideas, feelings, relations or states (their WordNet supersense) is a figure of speech, not an attack.
    /// </summary>
    private static bool IsFigurative(SentenceTree t, int verb) =>
        t.ChildrenWith(verb, "obj").ToList() is { Count: > 0 } objects
        && objects.All(o => t[o].Upos == "NOUN" && t[o].Supersense is "noun.cognition" or "noun.feeling" or "noun.motive" or "noun.relation" or "noun.state");

    private bool IsHostile(SentenceTree t, int verb) =>
        knowledge.Triggers(t.Lemma(verb), noun: false).Any(r => r.Type is "ASSAULT" or "COERCE" or "SANCTION" && r.Matches(t, verb));

    /// <summary>A known actor, a described one ("Kurdish militants"), or a proper name ("Kharkiv"): not "the policy" or "a deadline".</summary>
    private static bool IsActorLike(ActorMention a) => a.Country is not null || a.Name is not null || a.Sector is not null || char.IsUpper(a.Text[0]);

    private static TriggerReading? Best(SentenceTree t, int i, IReadOnlyList<TriggerReading> readings)
    {
        TriggerReading? best = null;
        foreach (var r in readings)
            if (r.Matches(t, i) && (best is null || (r.Specificity, r.NamedWords).CompareTo((best.Specificity, best.NamedWords)) > 0)) best = r;
        return best;
    }

    private EventRecord? Build(Article article, SentenceTree t, Sentence sentence, int trigger, bool noun, TriggerReading reading,
        ActorFinder finder, List<DateMention> dates, List<DateMention> datesBefore, DateOnly anchor, List<EventRecord> earlier)
    {
        // Time expressions ("on Saturday") are never actors.
        bool InDate(int h) => dates.Any(d => h >= d.FirstToken && h < d.EndToken);
        var (actorHeads, recipientHeads) = EventArguments.Find(t, trigger, reading.RecipientSlot, noun, InDate);
        // "vowed to destroy X", "threatened to strike X": a threat is against whoever the act threatened would strike.
        if (reading.Type == "THREATEN" && !noun && recipientHeads.Count == 0)
            recipientHeads = t.ChildrenWith(trigger, "xcomp").SelectMany(x => t.ChildrenWith(x, "obj")).SelectMany(t.WithConjuncts).Where(h => !InDate(h)).ToList();
        var actorList = actorHeads.SelectMany(h => finder.ResolveAll(t, h)).ToList();
        // "attacked Kharkiv with drones": forces named after "with" with no country of their own are the means, not a target.
        var recipientList = recipientHeads.SelectMany(h => finder.ResolveAll(t, h).Where(r => !IsInstrument(t, h, r))).ToList();
        finder.NoteGroup(actorList);
        finder.NoteGroup(recipientList);
        recipientList = recipientList.Select(r => finder.OtherSide(r, actorList, reading.Type)).ToList();
        // Nameless forces or weapons that took the speaker's own country from the story ("condemns the rocket and artillery
        // strike" read as condemning "artillery") are more likely a misread argument than a state condemning its own army.
        if (reading.Type is "ACCUSE" or "REJECT")
            recipientList.RemoveAll(r => r is { CountryFromStory: true, Name: null, Role: null, Sector: "MIL" }
                && actorList.Any(a => a.Country == r.Country && a.Sector is not null && IsState(a)));
        if (reading.Type is "ACCUSE" or "REJECT" && !noun && !recipientList.Any(IsResolved))
        {
            // Condemning an attack is accusing whoever carried it out; rejecting a proposal rebuffs whoever made it.
            recipientList.AddRange(EventNounAgents.Of(t, trigger, lemma => reading.Type == "REJECT" ? EventNounAgents.Proposals.Contains(lemma) : knowledge.Triggers(lemma, true).Count > 0)
                .SelectMany(h => finder.ResolveAll(t, h)).Where(r => IsResolved(r) && !actorList.Any(a => IsSameSide(a, r))));
            // "condemned the launch": a definite event noun without its agent refers back to the article's last event of its kind.
            if (reading.Type == "ACCUSE" && !recipientList.Any(IsResolved))
                recipientList.AddRange(ReferredEvent(t, trigger, earlier)?.Actor.Where(a => IsResolved(a) && !actorList.Any(x => IsSameSide(x, a))) ?? []);
        }
        // A place named as recipient ("travelled to Cleveland") is where the event happens, not who it involves.
        // An attack on a place ("attacked Kharkiv") targets that place's country.
        var placeRecipient = recipientList.FirstOrDefault(r => r.Name is null && r.Country is null && knowledge.PlaceCountry(r.Text, anchor) is not null);
        if (placeRecipient is not null)
        {
            int at = recipientList.IndexOf(placeRecipient);
            if (reading.Type is "ASSAULT" or "COERCE" or "SANCTION") recipientList[at] = placeRecipient with { Country = knowledge.PlaceCountry(placeRecipient.Text, anchor) };
            else recipientList.RemoveAt(at);
        }
        if (actorList.Count == 0 && recipientList.Count == 0) return null;
        // Consultation takes two sides: a recipient, or several actors meeting. Speaking to the press is how a
        // statement reaches the outlet ("speaking to Agence France-Presse"), not a consultation.
        if (reading.Type == "CONSULT" && recipientList.Count == 0 && actorList.Count < 2) return null;
        if (reading.Type == "CONSULT" && recipientList.Count > 0 && recipientList.All(r => r.Sector == "JRN")) return null;
        // A country named as the one using force is its military ("North Korea fired missiles").
        if (reading.Type is "ASSAULT" or "MOBILIZE")
            for (int k = 0; k < actorList.Count; k++)
                if (actorList[k] is { Sector: "GOV", Role: null } a && a.Code == a.Country && knowledge.SectorOfRole(a.Text.Split(' ')[^1].ToLowerInvariant()) is null)
                    actorList[k] = actorList[k] with { Sector = "MIL" };
        // A warning whose content is conditional or future ("warned that Iran would end ... if") is a conditional threat.
        // So is a threat to act under a condition ("threatened to strike the port if a missile causes casualties").
        bool conditionalThreat = reading.Type == "THREATEN" && (t.ChildrenWith(trigger, "ccomp")
            .Any(c => ModalityDetector.Detect(t, c) is Coding.Modality.Conditional or Coding.Modality.Future)
            || t.ChildrenWith(trigger, "xcomp").Any(x => ModalityDetector.HasCondition(t, x)));
        // An armed actor attacking is an attack whatever the target; otherwise an ambiguous word needs an actor as recipient.
        // Two sides that meet ("the two presidents met") are a consultation, whatever else the verb can mean.
        bool twoSides = reading.Type == "CONSULT" && actorList.Count(IsActorLike) >= 2;
        if (reading.Ambiguous && !conditionalThreat && !twoSides && !recipientList.Any(IsActorLike) && !actorList.Any(a => a.Sector is "MIL" or "REB" or "COP" or "SPY")) return null;
        if (reading.Ambiguous && reading.Type == "ASSAULT" && !noun && IsFigurative(t, trigger)) return null;

        // "vowed to target American warships": a promise whose content is an attack or coercion is a threat.
        if (reading.Type == "AGREE" && t.ChildrenWith(trigger, "xcomp").Any(x => IsHostile(t, x)))
            reading = reading with { Type = "THREATEN", Mode = null, Cameo = "130" };

        var modality = ModalityDetector.Detect(t, trigger);
        if (conditionalThreat && modality == Coding.Modality.Asserted) modality = Coding.Modality.Conditional;
        var date = EventDater.DateFor(t, trigger, dates, anchor, modality, knowledge.SpeechVerbs);
        if (NonEvents.IsNonEvent(t, trigger, noun, reading, knowledge.SpeechVerbs, date.Precision != DatePrecision.Publication)) return null;
        double confidence = 0.4 + (actorList.Any(a => a.Country is not null) ? 0.25 : 0) + (recipientList.Any(a => a.Country is not null) ? 0.15 : 0)
            + Math.Min(0.1, 0.05 * reading.Specificity);
        return Record(new EventContext(article, t, sentence, finder, dates, datesBefore, anchor, earlier), trigger, reading, actorList, recipientList, modality, date, confidence);
    }
}
