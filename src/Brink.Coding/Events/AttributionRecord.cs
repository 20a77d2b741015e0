namespace Brink.Coding;

/// <summary>Who says so: the speaker whose statement holds the event, the sources cited, and the outlet.</summary>
public sealed record AttributionRecord(ActorMention? Speaker, IReadOnlyList<SourceRef> Sources, string? Outlet);
