namespace Brink.Queue;

/// <summary>
/// One line of `brink queue status`: a stream, and one of its consumers (null: the stream itself), with messages stored,
/// waiting for a worker, delivered but not yet acknowledged, and delivered more than once.
/// </summary>
public sealed record QueueStatusRow(string Stream, string? Consumer, ulong Messages, ulong Pending, long InFlight, long Redelivered);
