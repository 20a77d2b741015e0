using Brink.Analysis;
using Brink.Coding;
using Brink.Store;
using Brink.Text;

namespace Brink.Web.Tests;

/// <summary>
/// A real Kestrel server on a random loopback port over a fresh store holding the demo crisis
/// (examples/demo, coded with the shipped models); shared by the API and browser tests.
/// </summary>
public sealed class DemoServer : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "brink-web-tests-" + Guid.NewGuid().ToString("N")[..8]);

    internal BrinkServer Server { get; private set; } = null!;
    public string Url => Server.Urls[0];
    public string Db => Path.Combine(_dir, "demo.db");

    public static string RepoRoot { get; } = FindRoot();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        // The dashboard tests describe the demo store the rule coder makes (who is in its network, which alerts fire):
        // they test the views, not the coder, so they pin it.
        var extractor = EventExtractor.Load(TextPipeline.ResolveModelDir(null), EventExtractor.ResolveDataDir(null), rulesOnly: true);
        using (var store = StoreRules.Open(Db))
        {
            var inputs = Directory.GetFiles(Path.Combine(RepoRoot, "examples", "demo"), "*.txt").Order(StringComparer.Ordinal)
                .Select(f => new IngestInput(f, () => [EventExtractor.ReadArticle(File.ReadAllText(f), Path.GetFileName(f))]));
            var summary = new ArticleIngestor(extractor, store).Run(inputs);
            if (summary.Errors.Count > 0) throw new InvalidOperationException("Demo ingest failed: " + string.Join("; ", summary.Errors));
        }
        Server = await BrinkServer.StartAsync(new BrinkServerOptions { Db = Db, Urls = "http://127.0.0.1:0" });
    }

    /// <summary>Replaces the demo store's crisis list (as `brink crises load` does) while the server runs.</summary>
    public void LoadCrises(params StoredCrisis[] crises)
    {
        using var store = StoreRules.Open(Db);
        store.ReplaceCrises(crises);
    }

    /// <summary>Two onsets inside the demo crisis (one each way on VEN-GUY), one long before it, one of another dyad.</summary>
    public static readonly StoredCrisis[] DemoCrises =
    [
        new(new DateOnly(2027, 3, 6), "VEN", "GUY", true, "Venezuelan strikes across the Essequibo", "https://example.org/strikes"),
        new(new DateOnly(2027, 3, 12), "GUY", "VEN", false, "Essequibo truce", "https://example.org/truce"),
        new(new DateOnly(2020, 1, 1), "VEN", "GUY", true, "An older crisis", "https://example.org/older"),
        new(new DateOnly(2027, 3, 8), "RUS", "UKR", true, "Another dyad", "https://example.org/other"),
    ];

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { /* SQLite may hold the WAL a moment longer; the temp folder is cleaned later */ }
    }

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (Directory.Exists(Path.Combine(d.FullName, "examples", "demo"))) return d.FullName;
        throw new DirectoryNotFoundException("examples/demo not found above " + AppContext.BaseDirectory);
    }
}
