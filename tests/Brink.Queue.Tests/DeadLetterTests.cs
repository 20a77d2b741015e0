using Brink.Analysis;
using Brink.Coding;
using Brink.Store;
using NATS.Client.JetStream;

namespace Brink.Queue.Tests;

/// <summary>
/// An article the coder fails on is retried a bounded number of times, then dead-lettered with its error; a malformed message
/// is dead-lettered at once with its reason; the rest flows. A worker in this process, so the coder can be made to fail.
/// </summary>
[Collection("cluster")]
[Trait("Backend", "nats")]
public sealed class DeadLetterTests(ClusterFixture cluster)
{
    [Fact]
    public async Task A_crashing_article_and_a_malformed_message_are_dead_lettered_and_the_rest_is_stored()
    {
        var (queue, _) = await cluster.FreshAsync();
        await using var __ = queue;
        string dir = Directory.CreateTempSubdirectory("brink-dead-").FullName;
        try
        {
            string db = Path.Combine(dir, "s.db");
            var files = Directory.GetFiles(cluster.Articles, "*.txt").Order(StringComparer.Ordinal).Take(6).ToList();
            var inputs = files.Select(f => new IngestInput(f, () => EventExtractor.ReadArticles(File.ReadAllText(f), f).ToList())).ToList();
            var published = await new WorkPublisher(queue).PublishAsync(inputs);
            Assert.Equal(6, published.Published);
            await queue.Js.PublishAsync(QueueNames.ArticleSubject, "{\"text\": 7}"u8.ToArray());
            string poisoned = files[2];
            int attempts = 0;
            var metrics = new WorkerMetrics();
            var coder = new ArticleCoder(EventExtractor.Load(Path.Combine(Tools.RepoRoot, "models"), EventExtractor.ResolveDataDir(null)), 1);
            var worker = new QueueWorker(queue, () => StoreRules.Open(db), coder,
                new WorkerOptions { Batch = 4, MaxAttempts = 2, ExitWhenIdle = true, Replicas = 3 }, metrics)
            {
                BeforeCoding = a =>
                {
                    if (a.Ref.Id != EventExtractor.ReadArticles(File.ReadAllText(poisoned), poisoned).Single().Ref.Id) return;
                    Interlocked.Increment(ref attempts);
                    throw new InvalidOperationException("coder blew up");
                },
            };
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            await worker.RunAsync(cancel: timeout.Token);
            Assert.False(timeout.IsCancellationRequested, "the worker did not finish: " + metrics.Line());
            Assert.Equal(2, attempts); // bounded: MaxAttempts, not forever
            var dead = await QueueStatus.DeadLettersAsync(queue);
            Assert.Equal(2, dead.Count);
            Assert.Contains(dead, d => d.Error.StartsWith("malformed message: no string \"text\"", StringComparison.Ordinal));
            Assert.Contains(dead, d => d.Error.Contains("the coder failed 2 times: InvalidOperationException: coder blew up", StringComparison.Ordinal));
            using var store = StoreRules.Open(db, new StoreOptions { ReadOnly = true });
            Assert.Equal(5, store.Counts().Articles);
            Assert.Equal(0ul, QueueStatus.Outstanding(await QueueStatus.ReadAsync(queue)));
        }
        finally { Directory.Delete(dir, true); }
    }
}
