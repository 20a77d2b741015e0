using Brink.Coding;
using Brink.Store;

namespace Brink.Store.Tests;

/// <summary>Builds small articles and coded records for store tests.</summary>
public static class Reports
{
    public static EventRecord Event(string id, string type, string actor, string recipient, DateOnly? date,
        DatePrecision precision = DatePrecision.Day, Modality modality = Modality.Asserted, string? location = null, double score = -9,
        DateOnly? end = null) => new()
    {
        Id = id,
        Article = new ArticleRef("a", null, date, null, null),
        SentenceIndex = 0,
        Sentence = new SpanRef("Some sentence.", 0, 14),
        EventType = type,
        Score = score,
        Quad = score < 0 ? "material_conflict" : "verbal_cooperation",
        Actor = [new ActorMention(actor, 0, 4) { Country = actor, Sector = "GOV", Code = actor + "GOV" }],
        Recipient = [new ActorMention(recipient, 10, 14) { Country = recipient, Sector = "MIL", Code = recipient + "MIL" }],
        Date = date,
        DateEnd = end,
        DatePrecision = precision,
        LocationCountry = location,
        Modality = modality,
        Trigger = new SpanRef("sentence", 5, 13),
        Confidence = 0.8,
    };

    public static CodedArticle Article(string text, DateOnly published, string outlet, params EventRecord[] events) =>
        new(new Article(new ArticleRef("id-" + EventStore.ContentHash(text)[..8], "T " + text[..Math.Min(10, text.Length)], published, outlet, null), text, 0, []),
            events, "test-coder");

    public static CodedArticle WithUrl(CodedArticle a, string url) => a with { Article = a.Article with { Ref = a.Article.Ref with { Url = url } } };
}
