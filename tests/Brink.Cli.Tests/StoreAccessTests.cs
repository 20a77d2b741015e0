using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Brink.Cli.Tests;

/// <summary>Stores a user may read but not write, and store paths that do not exist.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StoreAccessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-access-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    /// <summary>A store of one example article, owned by this user and readable, not writable, by others (nobody).</summary>
    private string ReadOnlyStore()
    {
        string db = Path.Combine(_dir, "ro.db");
        var ingest = BrinkProcess.Run("ingest", Path.Combine(BrinkProcess.RepoRoot, "examples", "gulf-talks.txt"), "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        File.SetUnixFileMode(_dir, (UnixFileMode)Convert.ToInt32("755", 8));
        File.SetUnixFileMode(db, (UnixFileMode)Convert.ToInt32("444", 8));
        return db;
    }

    [Fact]
    public void Reading_commands_read_a_store_the_user_may_not_write()
    {
        string db = ReadOnlyStore();
        var before = File.ReadAllBytes(db);
        var events = BrinkProcess.RunUnprivileged("events", "--db", db, "--format", "jsonl");
        Assert.True(events.ExitCode == 0, events.Stderr);
        Assert.Contains("CONSULT", events.Stdout);
        // A dyad the store has, whichever the coder of the day found: the first row brink dyads lists.
        var dyads = BrinkProcess.RunUnprivileged("dyads", "--db", db);
        Assert.True(dyads.ExitCode == 0, dyads.Stderr);
        var first = dyads.Stdout.Split('\n').Select(l => l.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .First(c => c.Length >= 2 && c[0] != "actor" && c[0].All(ch => char.IsAsciiLetterUpper(ch) || ch == '_'));
        foreach (var args in new[] { new[] { "alerts" }, new[] { "dyad", first[0], first[1], "--from", "2024-05-01", "--to", "2024-05-10" }, new[] { "export", "--format", "csv" } })
        {
            var r = BrinkProcess.RunUnprivileged([.. args, "--db", db]);
            Assert.True(r.ExitCode == 0, $"{args[0]}: {r.Stderr}");
        }
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.Equal(["ro.db"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Serve_serves_a_read_only_store_with_writes_off_and_says_so()
    {
        string db = ReadOnlyStore();
        using var server = ServeProcess.Start(db);
        Assert.Contains("read-only", server.Banner);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var summary = JsonDocument.Parse(await http.GetStringAsync("/api/summary")).RootElement;
        Assert.True(summary.GetProperty("articles").GetInt64() == 1);
        Assert.True(summary.GetProperty("writesRefused").GetBoolean());
        var post = await http.PostAsJsonAsync("/api/articles", new { text = "Iran attacked Israel on Monday." });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public void Serve_refuses_a_store_that_does_not_exist_and_creates_nothing()
    {
        string db = Path.Combine(_dir, "mistyped.db");
        var r = BrinkProcess.Run("serve", "--db", db, "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("does not exist", r.Stderr);
        Assert.Contains("--create", r.Stderr);
        Assert.Empty(Directory.GetFiles(_dir));
    }
}
