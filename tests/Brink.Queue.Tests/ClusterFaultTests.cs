using Brink.Analysis;
using Brink.Store;

namespace Brink.Queue.Tests;

/// <summary>
/// Faults for real: three NATS nodes, a PostgreSQL server and four `brink worker` processes. After each fault the store must
/// equal a single-process ingest of the same articles, by digest: nothing lost, nothing doubled. The demo crisis is published
/// first; the fault is made while workers hold a batch (seen on a worker's /metrics); the generated articles are published after it.
/// </summary>
[Collection("cluster")]
[Trait("Backend", "nats")]
public sealed class ClusterFaultTests(ClusterFixture cluster)
{
    [Fact]
    public async Task A_worker_killed_in_the_middle_of_a_batch_loses_and_doubles_nothing()
    {
        await RunAsync((workers, _) =>
        {
            workers[0].Kill();
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task A_NATS_node_stopped_and_restarted_while_workers_write_loses_and_doubles_nothing()
    {
        await RunAsync(async (_, _) =>
        {
            cluster.Nats.Stop(1);
            await Task.Delay(3000);
            cluster.Nats.Start(1);
        });
    }

    [Fact]
    public async Task PostgreSQL_restarted_while_workers_write_loses_and_doubles_nothing()
    {
        await RunAsync((_, _) =>
        {
            cluster.Postgres.Restart();
            return Task.CompletedTask;
        });
    }

    private async Task RunAsync(Func<List<WorkerProcess>, string, Task> fault)
    {
        var (queue, db) = await cluster.FreshAsync();
        await using var _ = queue;
        string demo = Path.Combine(cluster.Articles), generated = Path.Combine(cluster.Articles, "generated");
        var demoFiles = Directory.GetFiles(demo, "*.txt");
        Tools.Run(Tools.Brink(["ingest", .. demoFiles, "--queue", cluster.Nats.Url, "--replicas", "3"]));
        int metricsPort = FreePort.Next();
        var workers = new List<WorkerProcess> { new(cluster.Nats.Url, db, "--metrics", $"127.0.0.1:{metricsPort}") };
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            // Mid-batch: worker 0 holds a batch it has not acknowledged (coding or writing it). It starts alone: started with the
            // others, on a quiet machine they could take the 32 articles between two looks at its metrics.
            bool holding = await Tools.WaitUntil(async () =>
            {
                var text = await http.GetStringAsync($"http://127.0.0.1:{metricsPort}/metrics");
                return Metric(text, "brink_worker_messages_in_flight") > 0;
            }, TimeSpan.FromSeconds(90));
            Assert.True(holding, "worker 0 never held a batch:\n" + workers[0].Output);
            workers.AddRange(Enumerable.Range(0, 3).Select(_ => new WorkerProcess(cluster.Nats.Url, db)));
            await fault(workers, db);
            // Right after a node restarts the stream may have no leader for a few seconds: the publisher says the queue cannot
            // be reached and exits 1. Publishing is idempotent (message ids), so it is simply run again.
            bool published = await Tools.WaitUntil(() =>
            {
                try { Tools.Run(Tools.Brink("ingest", generated, "--queue", cluster.Nats.Url, "--replicas", "3")); return Task.FromResult(true); }
                catch (InvalidOperationException e) when (e.Message.Contains("cannot be reached", StringComparison.Ordinal)) { return Task.FromResult(false); }
            }, TimeSpan.FromSeconds(60));
            Assert.True(published, "the generated articles could not be published after the fault");
            bool done = await Tools.WaitUntil(async () =>
                QueueStatus.Outstanding(await QueueStatus.ReadAsync(queue)) == 0 && Articles(db) == cluster.ArticleCount, TimeSpan.FromSeconds(180));
            Assert.True(done, $"the workers did not finish ({Articles(db)} of {cluster.ArticleCount} stored):\n" + string.Join("\n---\n", workers.Select(w => w.Output)));
            Assert.Equal(0ul, QueueStatus.DeadLettered(await QueueStatus.ReadAsync(queue)));
        }
        finally { foreach (var w in workers) w.Dispose(); }
        cluster.AssertSameAsReference(db);
    }

    private static long Articles(string db)
    {
        using var store = StoreRules.Open(db, new StoreOptions { ReadOnly = true });
        return store.Counts().Articles;
    }

    private static double Metric(string text, string name) =>
        text.Split('\n').Where(l => l.StartsWith(name + " ", StringComparison.Ordinal)).Select(l => double.Parse(l[(name.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture)).Single();
}
