using Brink.Analysis;
using Brink.Store;

namespace Brink.Queue.Tests;

/// <summary>
/// What every cluster test shares: three NATS nodes, a PostgreSQL server of their own, a small article set (the demo crisis and
/// a few generated articles) and the digest of a single-process `brink ingest` of it (into SQLite: the digest is the same
/// on both backends), which every fault test's final store must equal.
/// </summary>
public sealed class ClusterFixture : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-cluster-").FullName;
    internal NatsCluster Nats { get; } = new();
    internal PostgresServer Postgres { get; } = new();

    /// <summary>A folder of the articles to ingest.</summary>
    public string Articles { get; }

    /// <summary>How many articles it holds (all dated, all different).</summary>
    public int ArticleCount { get; }

    /// <summary>The single-process reference: its digest lines (<see cref="EventStore.DigestLines"/>).</summary>
    public IReadOnlyList<string> Reference { get; }

    public ClusterFixture()
    {
        Articles = Path.Combine(_dir, "articles");
        Directory.CreateDirectory(Articles);
        foreach (var f in Directory.GetFiles(Path.Combine(Tools.RepoRoot, "examples", "demo"), "*.txt")) File.Copy(f, Path.Combine(Articles, Path.GetFileName(f)));
        Tools.Run(Tools.Brink("generate", "--articles", "40", "--out", Path.Combine(Articles, "generated"), "--from", "2027-03-01", "--days", "20"));
        string reference = Path.Combine(_dir, "reference.db");
        Tools.Run(Tools.Brink("ingest", Articles, "--db", reference));
        using var store = StoreRules.Open(reference, new StoreOptions { ReadOnly = true });
        ArticleCount = (int)store.Counts().Articles;
        Reference = store.DigestLines();
    }

    /// <summary>An empty work stream (a new one each test: the duplicate window would drop articles published again) and a new database.</summary>
    internal async Task<(QueueConnection Queue, string Db)> FreshAsync()
    {
        var queue = await Nats.ConnectAsync();
        await Tools.WaitUntil(async () =>
        {
            foreach (var stream in new[] { QueueNames.WorkStream, QueueNames.DeadStream })
                try { await queue.Js.DeleteStreamAsync(stream); } catch (NATS.Client.JetStream.NatsJSApiException e) when (e.Error.Code == 404) { }
            return true;
        }, TimeSpan.FromSeconds(30));
        await queue.DisposeAsync();
        return (await Nats.ConnectAsync(), Postgres.NewDatabase());
    }

    /// <summary>Fails, showing the first lines either side has alone, unless <paramref name="db"/> holds what the reference holds.</summary>
    public void AssertSameAsReference(string db)
    {
        using var store = StoreRules.Open(db, new StoreOptions { ReadOnly = true });
        var lines = store.DigestLines();
        var missing = Reference.Except(lines).Take(8).ToList();
        var extra = lines.Except(Reference).Take(8).ToList();
        Assert.True(missing.Count + extra.Count == 0 && lines.Count == Reference.Count,
            $"the store differs from a single-process ingest ({lines.Count} rows, reference {Reference.Count}).\nonly in the reference:\n{string.Join("\n", missing)}\nonly in the store:\n{string.Join("\n", extra)}");
    }

    public void Dispose()
    {
        Nats.Dispose();
        Postgres.Dispose();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}

[CollectionDefinition("cluster")]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>;
