namespace Brink.Queue;

/// <summary>How a worker takes work: messages per batch (one transaction), coding threads, attempts before a dead letter, and more.</summary>
public sealed record WorkerOptions
{
    /// <summary>Messages fetched and written per transaction.</summary>
    public int Batch { get; init; } = 64;
    /// <summary>Coding threads (0: one per core).</summary>
    public int Threads { get; init; }
    /// <summary>Times an article may fail coding before it is moved to the dead-letter stream with its error.</summary>
    public int MaxAttempts { get; init; } = 3;
    /// <summary>How long a fetched message is the worker's before JetStream gives it to another (extended while a write is retried).</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>How long a batch write is retried through store failures (a restarting server) before the worker gives up.</summary>
    public TimeSpan StoreRetryFor { get; init; } = TimeSpan.FromMinutes(5);
    /// <summary>Copies of the consumer's state in a cluster.</summary>
    public int Replicas { get; init; } = 1;
    /// <summary>Stop when the stream has nothing pending or in flight (batch jobs and benchmarks), instead of waiting for more.</summary>
    public bool ExitWhenIdle { get; init; }
}
