using Brink.Coding.Learning;
using Brink.Coding.Syntax;

namespace Brink.Coding.Events;

/// <summary>
/// The learned stages over one sentence: candidates (every verb and noun), type (or none), arguments (actor, recipient
/// or neither for each noun phrase), actor resolution (the knowledge base, as the rules use it), modality; then the
/// shared last stage (<see cref="Record"/>) dates, attributes and places the event.
/// </summary>
internal sealed partial class EventCoder
{

    private void CodeLearned(EventContext c, CoderModel m)
    {
        var t = c.Tree;
        var f = new FeatureBag();
        // Verbs first, so a nominal trigger inside a light-verb event ("imposed sanctions") is not coded twice.
        var coded = new Dictionary<int, string>();
        var sentenceCountries = MentionContext.SentenceCountries(t, knowledge, c.Anchor);
        foreach (bool noun in new[] { false, true })
            for (int i = t.First; i < t.End; i++)
            {
                if (!TriggerCandidates.Is(t, i) || (t[i].Upos == "VERB") == noun) continue;
                f.Clear();
                TriggerFeatures.Add(f, t, i, knowledge);
                var (label, margin) = m.Type.PredictWithSlack(f.Span, 0, m.Slacks.Type);
                string type = m.Type.Labels[label];
                if (type == CoderModel.None) continue;
                if (noun && t.Head(i) is int h and >= 0 && coded.GetValueOrDefault(h) == type) continue;
                var (actorHeads, recipientHeads) = Arguments(t, i, type, m, f);
                var location = Location(t, i, c.Anchor);
                string? place = location?.Country;
                var actorList = ArmOf(Resolve(c, actorHeads, asActor: true, sentenceCountries, place), m, type, ArgumentRole.Actor);
                var recipientList = ArmOf(Resolve(c, recipientHeads, asActor: false, sentenceCountries, place), m, type, ArgumentRole.Recipient);
                if (actorHeads.Count == 0) actorList = ImplicitActor(c, i, type, recipientList, sentenceCountries, m, f);
                // The filter stage: an actor the text names but nobody can place cannot enter a dyad; such a record is left
                // out unless asked for. An event with no named actor at all (a bombing by no one named) stays, actor unknown.
                else if (!keepUnresolved && !actorList.Any(a => a.Country is not null || a.Code is not null)) continue;
                // No actor at all is how the annotations code a bombing by no one named, and almost never anything else.
                if (!keepUnresolved && actorList.Count == 0 && !m.Actorless.Allows(type)) continue;
                c.Finder.NoteGroup(actorList);
                c.Finder.NoteGroup(recipientList);
                f.Clear();
                ModalityFeatures.Add(f, t, i, type, knowledge.SpeechVerbs);
                var modality = Enum.Parse<Modality>(m.Modality.Labels[m.Modality.Predict(f.Span).Label]);
                var reading = LexiconReading(t, i, type, noun) ?? new TriggerReading(type, null, knowledge.CameoFor(type, null), null, static (_, _) => true, 0);
                var date = EventDater.DateFor(t, i, c.Dates, c.Anchor, modality, knowledge.SpeechVerbs);
                // The type model's lead over its runner-up (negative when taken on slack), squashed to (0, 1), stands for how sure the record is.
                double confidence = 0.3 + 0.5 / (1 + Math.Exp(-margin / 5.0)) + (actorList.Any(a => a.Country is not null || a.Code is not null) ? 0.1 : 0);
                coded[i] = type;
                c.Earlier.Add(Record(c, i, reading, actorList, recipientList, modality, date, confidence, location));
            }
    }

    /// <summary>A bare country ("Russia attacked", "Israeli strikes") stands for the arm of the state the annotations give it for this type and role.</summary>
    private static List<ActorMention> ArmOf(List<ActorMention> mentions, CoderModel m, string type, ArgumentRole role)
    {
        if (m.CountrySectors.For(type, role) is not { } sector) return mentions;
        return mentions.Select(a => a is { Sector: "GOV", Role: null } && a.Code == a.Country ? a with { Sector = sector } : a).ToList();
    }

    /// <summary>The actors of the argument heads (the knowledge base, then the sentence's and story's countries for what it leaves unplaced).</summary>
    private List<ActorMention> Resolve(EventContext c, List<int> heads, bool asActor, List<string> sentenceCountries, string? eventPlace)
    {
        var story = c.Finder.StoryCountries();
        var list = new List<ActorMention>();
        foreach (int h in heads)
        {
            var found = c.Finder.ResolveAll(c.Tree, h).ToList();
            // The model chose the phrase: one the knowledge base cannot read still names a party.
            if (found.Count == 0) found.Add(MentionContext.Bare(c.Tree, h));
            list.AddRange(found.Select(m => MentionContext.Fill(m, c.Tree, h, asActor, sentenceCountries, story, knowledge, c.Anchor, eventPlace)));
        }
        return MentionContext.Distinct(list);
    }

    /// <summary>
    /// The implicit-actor stage: where the text names no actor, the model decides whether an unnamed arm of a state acted
    /// (of the country the recipient, the sentence or the story gives) or nobody is named.
    /// </summary>
    private List<ActorMention> ImplicitActor(EventContext c, int trigger, string type, List<ActorMention> recipients, List<string> sentenceCountries, CoderModel m, FeatureBag f)
    {
        f.Clear();
        ImplicitActorFeatures.Add(f, c.Tree, trigger, type, recipients);
        string sector = m.ImplicitActor.Labels[m.ImplicitActor.Predict(f.Span).Label];
        if (sector is CoderModel.None or "OTHER") return [];
        string? country = recipients.Select(r => r.Country).FirstOrDefault(x => x is not null) ?? sentenceCountries.FirstOrDefault() ?? c.Finder.StoryCountries().FirstOrDefault();
        if (country is null) return [];
        var tok = c.Tree[trigger];
        // No words of its own: the mention is the trigger's position with an empty text, as the annotation's null span.
        return [new ActorMention("", tok.Start, tok.Start) { Country = country, Sector = sector, Code = country, CountryFromStory = true }];
    }

    /// <summary>
    /// The noun phrases the argument model takes for the event's actors and recipients. A role the model gives no phrase
    /// goes to the phrase that comes closest to it, when that is within the role's slack of the phrase's own best class:
    /// most events have an actor and a recipient, and the model, judging each phrase alone, is shy of naming them.
    /// </summary>
    private (List<int> Actors, List<int> Recipients) Arguments(SentenceTree t, int trigger, string type, CoderModel m, FeatureBag f)
    {
        var actors = new List<int>();
        var recipients = new List<int>();
        var undecided = new List<(int Phrase, float ActorGap, float RecipientGap)>();
        Span<float> scores = stackalloc float[m.Argument.Labels.Count];
        foreach (int a in ArgumentCandidates.Of(t, trigger))
        {
            f.Clear();
            ArgumentFeatures.Add(f, t, trigger, a, type, knowledge);
            m.Argument.Score(f.Span, scores);
            float none = scores[(int)ArgumentRole.None], actor = scores[(int)ArgumentRole.Actor], recipient = scores[(int)ArgumentRole.Recipient];
            if (actor > none && actor >= recipient) actors.Add(a);
            else if (recipient > none && recipient > actor) recipients.Add(a);
            else undecided.Add((a, actor - none, recipient - none));
        }
        if (actors.Count == 0 && Likeliest(t, undecided, x => x.ActorGap, recipients, m.Slacks.Actor) is int actorPhrase) actors.Add(actorPhrase);
        if (recipients.Count == 0 && Likeliest(t, undecided, x => x.RecipientGap, actors, m.Slacks.Recipient) is int recipientPhrase) recipients.Add(recipientPhrase);
        return (actors, recipients);
    }

    /// <summary>The phrase with the smallest gap to the role, within the slack, and not inside a phrase the other role took ("Russian" of "Russian forces").</summary>
    private static int? Likeliest(SentenceTree t, List<(int Phrase, float ActorGap, float RecipientGap)> undecided,
        Func<(int Phrase, float ActorGap, float RecipientGap), float> gap, List<int> taken, float slack)
    {
        if (slack <= 0) return null;
        var takenPhrases = taken.Select(t.Phrase).ToList();
        int? best = null;
        float bestGap = float.MinValue;
        foreach (var x in undecided)
        {
            float g = gap(x);
            if (g < -slack || g <= bestGap || takenPhrases.Any(p => x.Phrase >= p.First && x.Phrase < p.End)) continue;
            (best, bestGap) = (x.Phrase, g);
        }
        return best;
    }

    /// <summary>The lexicon's best matching reading of the word with the type the model chose, for its mode and CAMEO neighbour.</summary>
    private TriggerReading? LexiconReading(SentenceTree t, int i, string type, bool noun)
    {
        TriggerReading? best = null;
        foreach (var r in knowledge.Triggers(t.Lemma(i), noun))
            if (r.Type == type && r.Matches(t, i) && (best is null || r.Specificity > best.Specificity)) best = r;
        return best;
    }
}
