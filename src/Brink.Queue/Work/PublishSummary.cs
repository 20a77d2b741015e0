namespace Brink.Queue;

/// <summary>
/// What a publish did: messages the stream took, articles skipped because the store has them, articles the stream dropped as
/// already published (its duplicate window), and one line per input or article that could not be published.
/// </summary>
public sealed record PublishSummary(int Published, int Stored, int Duplicates, IReadOnlyList<string> Errors, TimeSpan Elapsed);
