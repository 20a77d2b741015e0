using System.Diagnostics;
using Brink.Analysis;

namespace Brink.Queue;

/// <summary>A worker's running counts: messages taken, articles coded, written (new to the store) and already stored, failures and dead letters.</summary>
public sealed class WorkerMetrics
{
    // Started by the first message, so the rate is of work, not of loading models and waiting for a queue to fill.
    private readonly Stopwatch _clock = new();
    // Seconds (as ticks) spent per phase of the loop, so a slow worker shows whether it codes, waits on the store or on the queue.
    private readonly long[] _ticks = new long[4];
    private long _received, _coded, _written, _known, _recoded, _failed, _dead, _batches, _storeRetries, _finished;

    /// <summary>Messages fetched from the queue (a redelivered one counts again).</summary>
    public long Received => Interlocked.Read(ref _received);
    /// <summary>Articles coded.</summary>
    public long Coded => Interlocked.Read(ref _coded);
    /// <summary>Articles new to the store, committed.</summary>
    public long Written => Interlocked.Read(ref _written);
    /// <summary>Articles the store already had (a redelivery after a crash, or another worker's copy).</summary>
    public long Known => Interlocked.Read(ref _known);
    /// <summary>Stored articles recoded.</summary>
    public long Recoded => Interlocked.Read(ref _recoded);
    /// <summary>Coding failures (each attempt).</summary>
    public long Failed => Interlocked.Read(ref _failed);
    /// <summary>Messages moved to the dead-letter stream.</summary>
    public long DeadLettered => Interlocked.Read(ref _dead);
    /// <summary>Batches committed.</summary>
    public long Batches => Interlocked.Read(ref _batches);
    /// <summary>Batch writes retried after a store failure.</summary>
    public long StoreRetries => Interlocked.Read(ref _storeRetries);

    /// <summary>Messages taken and not yet acknowledged, sent back or dead-lettered: the batch in hand.</summary>
    public long InFlight => Received - Interlocked.Read(ref _finished);

    /// <summary>Time since the first message came.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Articles coded per second since the start.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Coded / Elapsed.TotalSeconds : 0;

    internal void AddReceived(int n)
    {
        lock (_clock) if (!_clock.IsRunning) _clock.Start();
        Interlocked.Add(ref _received, n);
    }
    /// <summary>The phases of the worker's loop whose time is counted.</summary>
    internal enum Phase { Fetching, Coding, Writing, Acknowledging }

    internal void AddTime(Phase phase, TimeSpan t) => Interlocked.Add(ref _ticks[(int)phase], t.Ticks);
    private double Seconds(Phase phase) => TimeSpan.FromTicks(Interlocked.Read(ref _ticks[(int)phase])).TotalSeconds;

    internal void AddCoded(int n) => Interlocked.Add(ref _coded, n);
    internal void AddFinished(int n) => Interlocked.Add(ref _finished, n);
    internal void AddFailed() => Interlocked.Increment(ref _failed);
    internal void AddDead() => Interlocked.Increment(ref _dead);
    internal void AddStoreRetry() => Interlocked.Increment(ref _storeRetries);
    internal void AddBatch(int written, int known, int recoded)
    {
        Interlocked.Add(ref _written, written);
        Interlocked.Add(ref _known, known);
        Interlocked.Add(ref _recoded, recoded);
        Interlocked.Increment(ref _batches);
    }

    /// <summary>One progress line.</summary>
    public string Line() =>
        $"worker: {Coded} coded, {Written} written, {Known} already stored, {Recoded} recoded, {Failed} failed, {DeadLettered} dead-lettered, {Rate:F1} articles/s; " +
        $"seconds fetching {Seconds(Phase.Fetching):F1}, coding {Seconds(Phase.Coding):F1}, writing {Seconds(Phase.Writing):F1}, acknowledging {Seconds(Phase.Acknowledging):F1}";

    /// <summary>The counts in Prometheus text format.</summary>
    public string Prometheus() => new PrometheusText()
        .Counter("brink_worker_messages_received_total", "Messages fetched from the work stream (redeliveries count again).", Received)
        .Counter("brink_worker_articles_coded_total", "Articles coded.", Coded)
        .Counter("brink_worker_articles_written_total", "Articles new to the store, committed.", Written)
        .Counter("brink_worker_articles_known_total", "Articles the store already had when their batch was written.", Known)
        .Counter("brink_worker_articles_recoded_total", "Stored articles recoded.", Recoded)
        .Counter("brink_worker_coding_failures_total", "Coding attempts that failed.", Failed)
        .Counter("brink_worker_dead_letters_total", "Messages moved to the dead-letter stream.", DeadLettered)
        .Counter("brink_worker_batches_total", "Batches committed.", Batches)
        .Counter("brink_worker_store_retries_total", "Batch writes retried after a store failure.", StoreRetries)
        .Counter("brink_worker_fetch_seconds_total", "Seconds waiting for messages from the work stream.", Seconds(Phase.Fetching))
        .Counter("brink_worker_coding_seconds_total", "Seconds coding articles (all threads at once, wall clock).", Seconds(Phase.Coding))
        .Counter("brink_worker_writing_seconds_total", "Seconds writing batches to the store, retries included.", Seconds(Phase.Writing))
        .Counter("brink_worker_ack_seconds_total", "Seconds acknowledging messages after the commit.", Seconds(Phase.Acknowledging))
        .Gauge("brink_worker_messages_in_flight", "Messages taken and not yet acknowledged, sent back or dead-lettered.", InFlight)
        .Gauge("brink_worker_articles_per_second", "Articles coded per second since the first message came.", Rate)
        .ToString();
}
