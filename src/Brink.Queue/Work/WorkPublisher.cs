using System.Diagnostics;
using Brink.Analysis;
using Brink.Coding;
using Brink.Store;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Brink.Queue;

/// <summary>
/// Publishes work for the workers instead of doing it: each article under its content hash as the message id (JetStream
/// drops a second copy within its duplicate window), skipping what the store already holds when one is given.
/// </summary>
public sealed class WorkPublisher(QueueConnection queue, EventStore? lookup = null, int batchSize = 256)
{
    /// <summary>Publishes the articles of <paramref name="inputs"/>; a bad input or an undated article is named in the summary, the rest published.</summary>
    public async Task<PublishSummary> PublishAsync(IEnumerable<IngestInput> inputs, Action<int>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var errors = new List<string>();
        int published = 0, stored = 0, duplicates = 0;
        foreach (var input in inputs)
        {
            if (cancel.IsCancellationRequested) break;
            IReadOnlyList<Article> articles;
            try { articles = input.Read(); }
            catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
            {
                errors.Add(e is ArticleFormatException ? e.Message : $"{input.Name}: {e.Message}");
                continue;
            }
            foreach (var chunk in articles.Chunk(batchSize))
            {
                var hashes = chunk.Select(a => EventStore.ContentHash(a.Text)).ToArray();
                var known = lookup?.KnownHashes(hashes) ?? new HashSet<string>();
                for (int i = 0; i < chunk.Length; i++)
                {
                    if (known.Contains(hashes[i])) { stored++; continue; }
                    if (chunk[i].Ref.Published is null)
                    {
                        // The same rule as a single-process ingest: an undated article is named, not stored.
                        errors.Add($"{input.Name}{(chunk.Length > 1 || articles.Count > 1 ? $" (article {chunk[i].Ref.Id})" : "")}: no publication date; add a Published: header or pass --published YYYY-MM-DD (not published)");
                        continue;
                    }
                    if (await PublishOneAsync(QueueNames.ArticleSubject, WorkCodec.Article(chunk[i]), hashes[i], cancel)) published++;
                    else duplicates++;
                }
                progress?.Invoke(published);
            }
        }
        return new PublishSummary(published, stored, duplicates, errors, clock.Elapsed);
    }

    /// <summary>Publishes stored articles for recoding (by id; with <paramref name="all"/> also those the workers' coder version already coded).</summary>
    public async Task<PublishSummary> PublishRecodeAsync(EventStore store, bool all, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        int published = 0, duplicates = 0;
        // One id per run: a publish retried within the run is dropped, a later recode (after another model change) is not.
        string run = Guid.NewGuid().ToString("N")[..12];
        foreach (long id in store.ArticleIds())
        {
            if (cancel.IsCancellationRequested) break;
            if (await PublishOneAsync(QueueNames.RecodeSubject, WorkCodec.Recode(id, all), $"recode-{id}-{run}", cancel)) published++;
            else duplicates++;
        }
        return new PublishSummary(published, 0, duplicates, [], clock.Elapsed);
    }

    /// <summary>True when the stream took the message, false when it dropped it as a duplicate.</summary>
    private async Task<bool> PublishOneAsync(string subject, byte[] data, string messageId, CancellationToken cancel)
    {
        try
        {
            var ack = await queue.Js.PublishAsync(subject, data, opts: new NatsJSPubOpts { MsgId = messageId }, cancellationToken: cancel);
            if (ack.Duplicate) return false;
            ack.EnsureSuccess();
            return true;
        }
        catch (NatsException e) { throw QueueConnection.Explain(queue.Display, e); }
    }
}
