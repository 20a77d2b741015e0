namespace Brink.Coding;

/// <summary>One coded event: who did what to whom, when, how sure, and who says so (the contract of docs/event-format.md).</summary>
public sealed record EventRecord
{
    public required string Id { get; init; }
    public required ArticleRef Article { get; init; }
    public required int SentenceIndex { get; init; }
    public required SpanRef Sentence { get; init; }
    public required string EventType { get; init; }
    public string? Mode { get; init; }
    public IReadOnlyList<string> Context { get; init; } = [];
    public string? Cameo { get; init; }
    public double? Score { get; init; }
    public string? Quad { get; init; }
    public required IReadOnlyList<ActorMention> Actor { get; init; }
    public required IReadOnlyList<ActorMention> Recipient { get; init; }
    public DateOnly? Date { get; init; }
    public DateOnly? DateEnd { get; init; }
    public required DatePrecision DatePrecision { get; init; }
    public string? DateText { get; init; }
    public SpanRef? Location { get; init; }
    public string? LocationCountry { get; init; }
    public required Modality Modality { get; init; }
    public AttributionRecord? Attribution { get; init; }
    public required SpanRef Trigger { get; init; }
    public required double Confidence { get; init; }
}
