using Brink.Coding.Annotations;

namespace Brink.Coding.Tests.Annotations;

/// <summary>Annotated rows and coded records written by hand, so a test controls both sides of a comparison.</summary>
internal static class AnnotationFixtures
{
    public static AnnotatedEntity Entity(string text, string sentence, string code) =>
        new(sentence.IndexOf(text, StringComparison.Ordinal), sentence.IndexOf(text, StringComparison.Ordinal) + text.Length, text, ActorCode.Parse(code)!.Value);

    public static AnnotatedEntity Implicit(string code) => new(null, null, null, ActorCode.Parse(code)!.Value);

    public static AnnotatedEvent Event(string sentence, string trigger, string type, AnnotatedEntity[] actors, AnnotatedEntity[] recipients, Modality modality = Modality.Asserted)
    {
        int at = sentence.IndexOf(trigger, StringComparison.Ordinal);
        return new AnnotatedEvent(at, at + trigger.Length, trigger, type, null, actors, recipients, modality);
    }

    public static AnnotatedSentence Row(string id, string sentence, params AnnotatedEvent[] events) =>
        new(id, new DateOnly(2024, 4, 16), "", sentence, "", ["t"], events);

    public static ActorMention Mention(string sentence, string text, string? country, string? sector, string? code = null)
    {
        int at = sentence.IndexOf(text, StringComparison.Ordinal);
        return new ActorMention(text, at, at + text.Length) { Country = country, Sector = sector, Code = code ?? country };
    }

    public static EventRecord Record(string sentence, string trigger, string type, ActorMention[] actors, ActorMention[] recipients,
        Modality modality = Modality.Asserted, double confidence = 0.9)
    {
        int at = sentence.IndexOf(trigger, StringComparison.Ordinal);
        return new EventRecord
        {
            Id = $"r{at}",
            Article = new ArticleRef("a", null, new DateOnly(2024, 4, 16), null, null),
            SentenceIndex = 0,
            Sentence = new SpanRef(sentence, 0, sentence.Length),
            EventType = type,
            Actor = actors,
            Recipient = recipients,
            DatePrecision = DatePrecision.Publication,
            Modality = modality,
            Trigger = new SpanRef(trigger, at, at + trigger.Length),
            Confidence = confidence,
        };
    }
}
