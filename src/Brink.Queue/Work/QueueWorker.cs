using System.Diagnostics;
using Brink.Analysis;
using Brink.Coding;
using Brink.Store;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Brink.Queue;

/// <summary>
/// Takes batches from the work stream, codes them on all cores (through <see cref="ArticleCoder"/>, the one coding path),
/// writes each batch in one transaction and acknowledges its messages only after the commit. Delivery is at least once;
/// the store keys articles by content hash, so a batch delivered again after a crash is recognised, not stored twice.
/// </summary>
/// <param name="queue">The work stream.</param>
/// <param name="openStore">Opens the store (again after a failure: a restarted server needs a new connection).</param>
/// <param name="coder">The coder.</param>
/// <param name="options">Batch size, threads, attempts.</param>
/// <param name="metrics">Counts kept for progress lines and /metrics.</param>
public sealed class QueueWorker(QueueConnection queue, Func<EventStore> openStore, ArticleCoder coder, WorkerOptions options, WorkerMetrics metrics)
{
    /// <summary>Runs before each article is coded, inside the coder's failure handling (tests make chosen articles fail here).</summary>
    internal Action<Article>? BeforeCoding { get; init; }

    /// <summary>Works until <paramref name="cancel"/> (or, with <see cref="WorkerOptions.ExitWhenIdle"/>, until nothing is left); <paramref name="log"/> gets one-line notes.</summary>
    public async Task RunAsync(Action<string>? log = null, CancellationToken cancel = default)
    {
        var consumer = await queue.WorkersAsync(options.AckWait, options.Replicas, cancel);
        EventStore? store = null;
        string? lastQueueError = null;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var batch = new List<INatsJSMsg<byte[]>>();
                var fetching = Stopwatch.StartNew();
                try
                {
                    await foreach (var m in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = options.Batch, Expires = TimeSpan.FromSeconds(2) }, cancellationToken: cancel))
                        batch.Add(m);
                    lastQueueError = null;
                    metrics.AddTime(WorkerMetrics.Phase.Fetching, fetching.Elapsed);
                }
                catch (Exception e) when (e is NatsException or TimeoutException && !cancel.IsCancellationRequested)
                {
                    // A node restarting or a leader moving: the client reconnects; the batch, if any, is delivered again.
                    if (lastQueueError != e.Message) log?.Invoke($"queue {queue.Display}: {e.Message.ReplaceLineEndings(" ")}; retrying");
                    lastQueueError = e.Message;
                    await Task.Delay(500, cancel).ContinueWith(_ => { });
                    continue;
                }
                if (batch.Count == 0)
                {
                    if (options.ExitWhenIdle && await IsIdleAsync(consumer, cancel)) break;
                    continue;
                }
                metrics.AddReceived(batch.Count);
                try { store = await HandleAsync(batch, store, log, cancel); }
                finally { metrics.AddFinished(batch.Count); }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested) { }
        finally { store?.Dispose(); }
    }

    private static async Task<bool> IsIdleAsync(INatsJSConsumer consumer, CancellationToken cancel)
    {
        try
        {
            await consumer.RefreshAsync(cancel);
            return consumer.Info.NumPending == 0 && consumer.Info.NumAckPending == 0;
        }
        catch (NatsException) { return false; }
    }

    /// <summary>Codes and stores one batch; returns the store connection to keep using.</summary>
    private async Task<EventStore?> HandleAsync(List<INatsJSMsg<byte[]>> batch, EventStore? store, Action<string>? log, CancellationToken cancel)
    {
        var articles = new List<(INatsJSMsg<byte[]> Msg, Article Article)>();
        var recodes = new List<(INatsJSMsg<byte[]> Msg, long Id, bool All)>();
        foreach (var msg in batch)
        {
            try
            {
                var work = WorkCodec.Read(msg.Data ?? []);
                if (work.Article is { } a) articles.Add((msg, a));
                else recodes.Add((msg, work.RecodeId!.Value, work.RecodeAll));
            }
            catch (MessageFormatException e) { await DeadAsync(msg, "malformed message: " + e.Message, cancel); }
        }
        // Recodes read their stored articles first (through the same store connection as the write).
        var toRecode = new List<(INatsJSMsg<byte[]> Msg, Article Article, long Id)>();
        var done = new List<INatsJSMsg<byte[]>>();
        if (recodes.Count > 0)
            store = await WithStoreAsync(store, s =>
            {
                toRecode.Clear();
                done.Clear();
                foreach (var (msg, id, all) in recodes)
                {
                    var stored = s.Article(id);
                    if (stored is null || (!all && stored.CoderVersion == coder.Version)) done.Add(msg); // gone, or coded by this version already
                    else toRecode.Add((msg, ArticleCoder.Reread(stored), id));
                }
            }, batch, log, cancel);
        var clock = Stopwatch.StartNew();
        var coded = await CodeAsync(articles.Select(x => (x.Msg, x.Article)).ToList(), cancel);
        var recoded = await CodeAsync(toRecode.Select(x => (x.Msg, x.Article)).ToList(), cancel);
        metrics.AddTime(WorkerMetrics.Phase.Coding, clock.Elapsed);
        clock.Restart();
        var ids = toRecode.ToDictionary(x => x.Msg, x => x.Id);
        if (coded.Count + recoded.Count > 0)
            store = await WithStoreAsync(store, s =>
            {
                var w = coded.Count == 0 ? new WriteResult(0, 0, 0, 0, 0) : s.Write(coded.Select(c => c.Coded).ToList());
                if (recoded.Count > 0) s.Recode(recoded.Select(c => (ids[c.Msg], c.Coded.Events)).ToList(), coder.Version);
                metrics.AddBatch(w.NewArticles + w.Revisions, w.Duplicates, recoded.Count);
            }, batch, log, cancel);
        metrics.AddTime(WorkerMetrics.Phase.Writing, clock.Elapsed);
        clock.Restart();
        // Acknowledged only now, after the commit: a worker killed before this point leaves the batch to be delivered again.
        foreach (var msg in done.Concat(coded.Select(c => c.Msg)).Concat(recoded.Select(c => c.Msg)))
        {
            try { await msg.AckAsync(cancellationToken: cancel); }
            catch (NatsException e) { log?.Invoke($"queue {queue.Display}: acknowledgement lost ({e.Message}); the article will come again and be found stored"); }
        }
        metrics.AddTime(WorkerMetrics.Phase.Acknowledging, clock.Elapsed);
        return store;
    }

    /// <summary>Codes on all threads; an article the coder fails on is retried later, and after <see cref="WorkerOptions.MaxAttempts"/> dead-lettered.</summary>
    private async Task<List<(INatsJSMsg<byte[]> Msg, CodedArticle Coded)>> CodeAsync(List<(INatsJSMsg<byte[]> Msg, Article Article)> work, CancellationToken cancel)
    {
        var results = new (CodedArticle? Coded, Exception? Error)[work.Count];
        Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads > 0 ? options.Threads : Environment.ProcessorCount }, i =>
        {
            try
            {
                BeforeCoding?.Invoke(work[i].Article);
                results[i] = (coder.Code(work[i].Article), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException) { results[i] = (null, e); }
        });
        var coded = new List<(INatsJSMsg<byte[]>, CodedArticle)>();
        for (int i = 0; i < work.Count; i++)
        {
            var (msg, article) = work[i];
            if (results[i].Coded is { } c) { coded.Add((msg, c)); continue; }
            metrics.AddFailed();
            var error = results[i].Error!;
            ulong attempt = msg.Metadata?.NumDelivered ?? 1;
            if (attempt >= (ulong)options.MaxAttempts)
                await DeadAsync(msg, $"article {article.Ref.Id}: the coder failed {attempt} times: {error.GetType().Name}: {error.Message}", cancel);
            else
            {
                try { await msg.NakAsync(new AckOpts { NakDelay = TimeSpan.FromSeconds(attempt) }, cancel); }
                catch (NatsException) { /* not acknowledged either: it comes again after the ack wait */ }
            }
        }
        metrics.AddCoded(coded.Count);
        return coded;
    }

    private async Task DeadAsync(INatsJSMsg<byte[]> msg, string error, CancellationToken cancel)
    {
        try
        {
            await DeadLetters.MoveAsync(queue, msg, error, cancel);
            metrics.AddDead();
        }
        catch (NatsException) { /* left unacknowledged: delivered again, and dead-lettered then */ }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the store, reopening it and trying again after a store failure (a restarting server)
    /// for up to <see cref="WorkerOptions.StoreRetryFor"/>, while telling JetStream the batch is still being worked on.
    /// </summary>
    private async Task<EventStore> WithStoreAsync(EventStore? store, Action<EventStore> work, List<INatsJSMsg<byte[]>> batch, Action<string>? log, CancellationToken cancel)
    {
        var started = DateTime.UtcNow;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                store ??= openStore();
                work(store);
                return store;
            }
            catch (StoreException e) when (!e.IsReadOnly && DateTime.UtcNow - started < options.StoreRetryFor && !cancel.IsCancellationRequested)
            {
                if (attempt == 1) log?.Invoke($"{e.Message.ReplaceLineEndings(" ")} Retrying the batch.");
                metrics.AddStoreRetry();
                store?.Dispose();
                store = null;
                foreach (var msg in batch)
                {
                    try { await msg.AckProgressAsync(cancellationToken: cancel); } catch (NatsException) { }
                }
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 200 * attempt)), cancel);
            }
        }
    }
}
