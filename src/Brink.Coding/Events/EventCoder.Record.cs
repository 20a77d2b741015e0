using Brink.Coding.Articles;
using Brink.Coding.Attribution;
using Brink.Coding.Dates;
using Brink.Coding.Syntax;

namespace Brink.Coding.Events;

/// <summary>The last stage every coded event passes: its date against the sentences before, who says so, where, and the record.</summary>
internal sealed partial class EventCoder
{
    /// <summary>Dates, attributes and places one event; <c>baseConfidence</c> is how sure the stages before were, and a day-precise date adds to it.</summary>
    private EventRecord Record(EventContext c, int trigger, TriggerReading reading, List<ActorMention> actorList, List<ActorMention> recipientList,
        Modality modality, EventDater.ResolvedDate date, double baseConfidence, (SpanRef Span, string Country)? location = null)
    {
        var (article, t, sentence, finder) = (c.Article, c.Tree, c.Sentence, c.Finder);
        if (date.Precision == DatePrecision.Publication) date = EventDater.Following(t, trigger, c.Dates, c.DatesBefore, sentence.Index, c.Earlier) ?? date;
        int speechVerb = AttributionFinder.GoverningSpeechVerb(t, trigger, knowledge.SpeechVerbs);
        ActorMention? speaker = null;
        if (speechVerb >= 0)
            foreach (int s in t.ChildrenWith(speechVerb, "nsubj")) speaker ??= finder.Resolve(t, s);
        var sources = AttributionFinder.Sources(t, trigger, speechVerb, article.Ref.Outlet);
        // Unnamed speakers and news agencies are also what the outlet cites ("two officials ... said").
        if (speechVerb >= 0 && speaker is not null && (speaker.Name is null || speaker.Sector == "JRN"))
            foreach (int s in t.ChildrenWith(speechVerb, "nsubj"))
                if (AttributionFinder.Source(t, s) is var src && !sources.Any(x => x.Text == src.Text)) sources.Insert(0, src);
        var attribution = speaker is null && sources.Count == 0 && article.Ref.Outlet is null ? null : new AttributionRecord(speaker, sources, article.Ref.Outlet);

        // A caller that has already looked for the event's place (the learned stages place civilians by it) passes it on.
        location ??= Location(t, trigger, c.Anchor);
        var tok = t[trigger];
        double confidence = baseConfidence + (date.Precision == DatePrecision.Day ? 0.05 : 0);
        string id = ArticleReader.ContentId($"{article.Ref.Id}|{sentence.Index}|{tok.Start}|{reading.Type}");
        return new EventRecord
        {
            Id = id,
            Article = article.Ref,
            SentenceIndex = sentence.Index,
            Sentence = new SpanRef(article.Text[sentence.Start..sentence.End], sentence.Start, sentence.End),
            EventType = reading.Type,
            Mode = string.IsNullOrEmpty(reading.Mode) ? null : reading.Mode,
            Cameo = reading.Cameo,
            Context = knowledge.Contexts(reading.Cameo),
            Score = knowledge.Score(reading.Type, reading.Mode),
            Quad = knowledge.Quad(reading.Type),
            Actor = actorList,
            Recipient = recipientList,
            Date = date.Start,
            DateEnd = date.End,
            DatePrecision = date.Precision,
            DateText = date.Text,
            Modality = modality,
            Location = location?.Span,
            LocationCountry = location?.Country,
            Attribution = attribution,
            Trigger = new SpanRef(tok.Text, tok.Start, tok.End),
            Confidence = Math.Min(0.95, confidence),
        };
    }

    /// <summary>"in Aden", "at a base near Erbil", "outside Tehran": a known place attached to the trigger or its clause.</summary>
    private (SpanRef Span, string Country)? Location(SentenceTree t, int trigger, DateOnly date)
    {
        for (int node = trigger, depth = 0; node >= 0 && depth < 3; node = t.Head(node), depth++)
        {
            // "struck a base near Erbil": the place may hang off the object.
            var attached = t.ChildrenWith(node, "obl", "nmod").Concat(t.ChildrenWith(node, "obj").SelectMany(o => t.ChildrenWith(o, "nmod")));
            foreach (int c in attached)
            {
                if (t.CaseOf(c) is not ("in" or "at" or "near" or "outside" or "inside" or "across" or "into")) continue;
                foreach (int place in new[] { c }.Concat(t.ChildrenWith(c, "nmod").Where(n => t.CaseOf(n) is "near" or "in" or "outside" or "of")))
                {
                    if (t[place].Upos != "PROPN") continue;
                    var (a, b) = t.Phrase(place);
                    while (a < place && t[a].Upos is "DET") a++;
                    string text = t.Text(a, b);
                    if (knowledge.PlaceCountry(text, date) is { } country)
                        return (new SpanRef(text, t[a].Start, t[b - 1].End), country);
                }
            }
            if (t.Rel(node) is not ("xcomp" or "conj" or "obj")) break;
        }
        return null;
    }
}
