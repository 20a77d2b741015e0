namespace Brink.Store;

/// <summary>One event of a dyad's day as the day table keeps it (the same digest a series built from its reports gives).</summary>
public sealed record DyadDayEvent(DateOnly Day, string EventKey, string EventType, string? Quad, double? Score, EventDigest Digest);
