using System.Collections.Concurrent;
using System.Diagnostics;
using Brink.Coding;
using Brink.Store;

namespace Brink.Analysis;

/// <summary>
/// Reads, codes and stores articles: coding runs on all cores while one writer commits finished batches,
/// each in its own transaction, so a killed ingest loses at most the batch in flight and a rerun skips
/// everything already stored (articles are known by their content hash).
/// </summary>
/// <param name="extractor">The coder.</param>
/// <param name="store">The store batches are written to, by one writer.</param>
/// <param name="workers">Coding threads (default: one per core).</param>
/// <param name="batchSize">Articles per transaction.</param>
/// <param name="lookup">
/// A second connection to the same store for the duplicate checks. Without one they share the writer's connection
/// and wait for each batch it commits, so coding and writing take turns instead of overlapping.
/// </param>
public sealed class ArticleIngestor(EventExtractor extractor, EventStore store, int workers = 0, int batchSize = 64, EventStore? lookup = null)
{
    private readonly ArticleCoder _coder = new(extractor, workers);

    public IngestSummary Run(IEnumerable<IngestInput> inputs, Action<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var errors = new ConcurrentQueue<string>();
        int inputsRead = 0, articles = 0, stored = 0, duplicates = 0, revisions = 0, failed = 0, codedCount = 0;
        long reports = 0, reportsCoded = 0, bytesDone = 0;
        IngestProgress Snapshot() => new(inputsRead, articles, stored, duplicates, revisions, Interlocked.Read(ref reports), failed, clock.Elapsed)
        {
            Coded = Volatile.Read(ref codedCount), ReportsCoded = Interlocked.Read(ref reportsCoded), BytesDone = Interlocked.Read(ref bytesDone),
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var queue = new BlockingCollection<CodedArticle[]>(boundedCapacity: 2);
        var writer = Task.Run(() =>
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                WriteResult r;
                lock (store) r = store.Write(batch);
                Interlocked.Add(ref stored, r.NewArticles);
                Interlocked.Add(ref duplicates, r.Duplicates);
                Interlocked.Add(ref revisions, r.Revisions);
                Interlocked.Add(ref reports, r.Reports);
                progress?.Invoke(Snapshot());
            }
        });
        var bytesRead = new long[1]; // the bytes of every input the reader has moved past
        try
        {
            foreach (var chunk in Articles(inputs, errors, () => { inputsRead++; }, () => { failed++; }, bytesRead).Chunk(batchSize))
            {
                if (cancel.IsCancellationRequested || writer.IsFaulted) break;
                var hashes = chunk.Select(a => EventStore.ContentHash(a.Article.Text)).ToArray();
                IReadOnlySet<string> known;
                // A lookup connection sees committed batches only; `seen` covers the ones still queued or being written.
                if (lookup is not null) known = lookup.KnownHashes(hashes);
                else lock (store) known = store.KnownHashes(hashes);
                var todo = new List<(Article Article, string Hash)>();
                for (int k = 0; k < chunk.Length; k++)
                {
                    var ((a, input, _), hash) = (chunk[k], hashes[k]);
                    if (known.Contains(hash) || !seen.Add(hash)) { Interlocked.Increment(ref duplicates); articles++; continue; }
                    if (a.Ref.Published is null)
                    {
                        errors.Enqueue($"{input}{(input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? $" (article {a.Ref.Id})" : "")}: no publication date; add a Published: header or pass --published YYYY-MM-DD (not stored)");
                        failed++;
                        continue;
                    }
                    todo.Add((a, hash));
                }
                var coded = _coder.CodeAll(todo.Select(t => t.Article).ToList(), todo.Select(t => t.Hash).ToList());
                articles += coded.Length;
                Volatile.Write(ref codedCount, codedCount + coded.Length);
                Interlocked.Add(ref reportsCoded, coded.Sum(c => (long)c.Events.Count));
                Interlocked.Exchange(ref bytesDone, chunk[^1].BytesDone);
                // A writer that died (disk full, locked database) stops taking batches; its error is rethrown below.
                while (coded.Length > 0 && !queue.TryAdd(coded, 200)) if (writer.IsCompleted) break;
                progress?.Invoke(Snapshot());
            }
        }
        finally
        {
            queue.CompleteAdding();
            if (!cancel.IsCancellationRequested) Interlocked.Exchange(ref bytesDone, bytesRead[0]);
            // The writer's own failure (disk full, locked database) is the one to report; it surfaces here.
            writer.GetAwaiter().GetResult();
        }
        return new IngestSummary(Snapshot(), errors.ToList());
    }

    /// <summary>The articles of every input, each with its input's name and the bytes handled once it is (its input's share).</summary>
    private static IEnumerable<(Article Article, string Input, long BytesDone)> Articles(IEnumerable<IngestInput> inputs, ConcurrentQueue<string> errors,
        Action read, Action failed, long[] bytesRead)
    {
        foreach (var input in inputs)
        {
            long before = bytesRead[0];
            bytesRead[0] += input.Bytes;
            IReadOnlyList<Article> list;
            try { list = input.Read(); }
            catch (Exception e) when (e is not (OutOfMemoryException or StoreException))
            {
                // A bad input is named and skipped whole, so none of its articles is half stored.
                errors.Enqueue(e is ArticleFormatException ? e.Message : $"{input.Name}: {e.Message}");
                failed();
                continue;
            }
            read();
            for (int k = 0; k < list.Count; k++) yield return (list[k], input.Name, before + input.Bytes * (k + 1) / list.Count);
        }
    }
}
