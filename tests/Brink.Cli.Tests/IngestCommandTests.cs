using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Brink.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-ingest-").FullName;
    private string Demo => Path.Combine(BrinkProcess.RepoRoot, "examples", "demo");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private string Db(string name = "t.db") => Path.Combine(_dir, name);

    private static (long Articles, long Reports, long Events) Counts(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        long Q(string table) { using var cmd = c.CreateCommand(); cmd.CommandText = $"SELECT COUNT(*) FROM {table}"; return (long)cmd.ExecuteScalar()!; }
        return (Q("articles"), Q("reports"), Q("events"));
    }

    [Fact]
    public void The_store_does_not_depend_on_the_order_the_articles_come_in()
    {
        // Reports of one event from several articles: whichever is stored first, the event's score, weight and description are the same.
        var files = Directory.GetFiles(Demo, "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(0, BrinkProcess.Run(["ingest", .. files, "--db", Db("forward.db")]).ExitCode);
        Assert.Equal(0, BrinkProcess.Run(["ingest", .. files.Reverse(), "--db", Db("backward.db")]).ExitCode);
        var forward = BrinkProcess.Run("digest", "--db", Db("forward.db"), "--lines");
        var backward = BrinkProcess.Run("digest", "--db", Db("backward.db"), "--lines");
        Assert.Equal(0, forward.ExitCode);
        Assert.True(forward.Stdout.Split('\n').Length > 100, "the digest lists the store's rows");
        Assert.Equal(forward.Stdout, backward.Stdout);
    }

    [Fact]
    public void Ingesting_the_demo_twice_stores_it_once()
    {
        var first = BrinkProcess.Run("ingest", Demo, "--db", Db());
        Assert.True(first.ExitCode == 0, first.Stderr);
        var counts = Counts(Db());
        Assert.Equal(32, counts.Articles);
        Assert.True(counts.Events > 0 && counts.Events < counts.Reports, "reports of the same events must merge");
        var second = BrinkProcess.Run("ingest", Demo, "--db", Db());
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("0 new articles, 32 already stored", second.Stdout);
        Assert.Equal(counts, Counts(Db()));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_database_is_named_in_one_line_and_keeps_what_it_holds()
    {
        Assert.Equal(0, BrinkProcess.Run("ingest", Demo, "--db", Db()).ExitCode);
        var before = Counts(Db());
        var article = Path.Combine(_dir, "new.txt");
        File.WriteAllText(article, "Title: New\nPublished: 2024-01-02\n\nVenezuela threatened Guyana on Monday.\n");
        File.SetUnixFileMode(_dir, (UnixFileMode)Convert.ToInt32("777", 8));
        File.SetUnixFileMode(article, (UnixFileMode)Convert.ToInt32("644", 8));
        File.SetUnixFileMode(Db(), (UnixFileMode)Convert.ToInt32("444", 8));
        var run = BrinkProcess.RunUnprivileged("ingest", article, "--db", Db());
        Assert.Equal(1, run.ExitCode);
        var error = run.Stderr.Trim();
        Assert.DoesNotContain('\n', error);
        Assert.Contains(Db(), error);
        Assert.Contains("read-only", error);
        File.SetUnixFileMode(Db(), (UnixFileMode)Convert.ToInt32("644", 8));
        Assert.Equal(before, Counts(Db()));
    }

    [Fact]
    public void A_killed_ingest_run_again_loses_nothing_and_doubles_nothing()
    {
        var corpus = Path.Combine(_dir, "corpus");
        Assert.Equal(0, BrinkProcess.Run("generate", "--articles", "240", "--per-file", "40", "--out", corpus).ExitCode);
        Assert.Equal(0, BrinkProcess.Run("ingest", corpus, "--db", Db("clean.db")).ExitCode);
        var expected = Counts(Db("clean.db"));

        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // One worker and small batches: the run lasts long enough to be killed mid-way even on a fast machine.
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "brink.dll"), "ingest", corpus, "--db", Db(), "--batch", "2", "--workers", "1" }) psi.ArgumentList.Add(a);
        psi.Environment["BRINK_MODELS"] = BrinkProcess.Models;
        using (var p = Process.Start(psi)!)
        {
            var clock = Stopwatch.StartNew();
            // Kill only once some batches are committed and the run is not over: mid-ingest for real.
            while (clock.Elapsed < TimeSpan.FromSeconds(90) && !p.HasExited && (!File.Exists(Db()) || SafeArticles(Db()) < 10)) Thread.Sleep(20);
            Assert.False(p.HasExited, "the ingest finished before it could be killed; the corpus is too small for this test");
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        var partial = Counts(Db());
        Assert.InRange(partial.Articles, 10, expected.Articles - 1);
        var rerun = BrinkProcess.Run("ingest", corpus, "--db", Db());
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        Assert.Equal(expected, Counts(Db()));
    }

    private static long SafeArticles(string db)
    {
        try { return Counts(db).Articles; } catch (SqliteException) { return 0; }
    }

    [Fact]
    public void A_broken_feed_and_an_undated_article_are_named_and_the_rest_is_stored()
    {
        File.WriteAllText(Path.Combine(_dir, "broken.xml"), "<rss><channel><item><title>Cut off");
        File.WriteAllText(Path.Combine(_dir, "undated.txt"), "Venezuela accused Guyana of provocations.\n");
        File.Copy(Path.Combine(Demo, Directory.GetFiles(Demo, "*.txt").Select(Path.GetFileName).Order().First()!), Path.Combine(_dir, "good.txt"));
        var r = BrinkProcess.Run("ingest", Path.Combine(_dir, "broken.xml"), Path.Combine(_dir, "undated.txt"), Path.Combine(_dir, "good.txt"), "--db", Db());
        Assert.Equal(1, r.ExitCode);
        var errors = r.Stderr.Trim().Split('\n');
        Assert.Contains(errors, l => l.StartsWith("brink: ") && l.Contains("broken.xml") && l.Contains("feed"));
        Assert.Contains(errors, l => l.StartsWith("brink: ") && l.Contains("no publication date"));
        Assert.Equal(1, Counts(Db()).Articles);
    }

    [Fact]
    public void A_feed_file_is_ingested_item_by_item()
    {
        File.WriteAllText(Path.Combine(_dir, "feed.xml"), """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Test Feed</title>
            <item><title>Strike</title><link>https://t.example/1</link><pubDate>Fri, 05 Mar 2027 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;Venezuelan drones struck a Guyanese border post on Friday, officials said.&lt;/p&gt;</description></item>
            <item><title>Talks</title><link>https://t.example/2</link><pubDate>Wed, 10 Mar 2027 10:00:00 GMT</pubDate>
            <description>Venezuela and Guyana held talks in Brasilia on Wednesday.</description></item>
            </channel></rss>
            """);
        var r = BrinkProcess.Run("ingest", "--feed", Path.Combine(_dir, "feed.xml"), "--db", Db());
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(2, Counts(Db()).Articles);
        var events = BrinkProcess.Run("events", "--db", Db(), "--format", "jsonl");
        var lines = events.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(lines, e => e.GetProperty("reports")[0].GetProperty("record").GetProperty("article").GetProperty("outlet").GetString() == "Test Feed");
    }

    [Fact]
    public void With_strict_a_malformed_json_line_rejects_the_whole_file_naming_the_line()
    {
        File.WriteAllText(Path.Combine(_dir, "a.jsonl"), "{\"text\":\"Venezuela accused Guyana.\",\"published\":\"2027-03-01\"}\n{\"text\": oops}\n");
        var r = BrinkProcess.Run("ingest", "--jsonl", Path.Combine(_dir, "a.jsonl"), "--db", Db(), "--strict");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("a.jsonl:2", r.Stderr);
        Assert.Equal(0, Counts(Db()).Articles);
    }

    [Fact]
    public void Malformed_json_lines_are_skipped_and_named_and_the_other_lines_stored()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"{{\"text\":\"Venezuela accused Guyana of incursion number {i}.\",\"published\":\"2027-03-01\"}}").ToList();
        lines[6] = "{\"text\": oops}";
        lines[12] = "{\"title\": \"no text\"}";
        File.WriteAllLines(Path.Combine(_dir, "a.jsonl"), lines);
        var r = BrinkProcess.Run("ingest", "--jsonl", Path.Combine(_dir, "a.jsonl"), "--db", Db());
        Assert.Equal(1, r.ExitCode);
        var errors = r.Stderr.Trim().Split('\n');
        Assert.Equal(2, errors.Length);
        Assert.Contains("a.jsonl:7", errors[0]);
        Assert.Contains("a.jsonl:13", errors[1]);
        Assert.Equal(18, Counts(Db()).Articles);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_empty_file_is_named_as_empty_and_nothing_is_stored(bool published)
    {
        string empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllText(empty, "");
        var r = BrinkProcess.Run(["ingest", empty, "--db", Db(), .. published ? new[] { "--published", "2024-01-01" } : []]);
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Contains(empty, line);
        Assert.Contains("empty", line);
        Assert.Equal(0, Counts(Db()).Articles);
    }

    [Fact]
    public void An_article_over_the_size_limit_is_named_and_skipped_and_the_rest_stored()
    {
        string big = string.Concat(Enumerable.Repeat("Venezuela accused Guyana of incursions. ", 50));
        File.WriteAllLines(Path.Combine(_dir, "a.jsonl"), [$"{{\"text\":\"{big}\",\"published\":\"2027-03-01\"}}", "{\"text\":\"Guyana accused Venezuela.\",\"published\":\"2027-03-01\"}"]);
        var r = BrinkProcess.Run("ingest", "--jsonl", Path.Combine(_dir, "a.jsonl"), "--db", Db(), "--max-chars", "1000");
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Contains("a.jsonl: article 1 has 2,000 characters", line);
        Assert.Contains("--max-chars", line);
        Assert.Equal(1, Counts(Db()).Articles);
    }

    [Theory]
    [InlineData("ingest", "--bogus-option", "zzz")]
    [InlineData("ingest", "--publshed", "2024-01-01")]
    public void A_mistyped_option_is_an_error_naming_the_nearest_and_nothing_is_written(params string[] args)
    {
        var r = BrinkProcess.Run([.. args, Path.Combine(BrinkProcess.RepoRoot, "examples", "gulf-talks.txt"), "--db", Db()]);
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Contains($"'{args[1]}'", line);
        if (args[1] == "--publshed") Assert.Contains("did you mean --published", line);
        Assert.False(File.Exists(Db()));
    }

    [Fact]
    public void A_corrupt_database_is_a_one_line_error_and_is_left_untouched()
    {
        var bytes = new byte[8192];
        new Random(1).NextBytes(bytes);
        File.WriteAllBytes(Db(), bytes);
        var r = BrinkProcess.Run("ingest", Demo, "--db", Db());
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Contains("is not a Brink database or is corrupt", line);
        Assert.Contains(Db(), line);
        Assert.Equal(bytes, File.ReadAllBytes(Db()));
    }

    [Fact]
    public void Reading_commands_refuse_a_missing_database()
    {
        var r = BrinkProcess.Run("dyad", "VEN", "GUY", "--db", Db("missing.db"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("does not exist", r.Stderr);
        Assert.False(File.Exists(Db("missing.db")));
    }

    [Fact]
    public void The_demo_store_answers_dyad_alerts_events_and_exports()
    {
        Assert.Equal(0, BrinkProcess.Run("ingest", Demo, "--db", Db()).ExitCode);
        var dyad = BrinkProcess.Run("dyad", "VEN", "GUY", "--db", Db(), "--plot", Path.Combine(_dir, "c.svg"));
        Assert.Equal(0, dyad.ExitCode);
        Assert.Contains("ASSAULT", dyad.Stdout);
        Assert.True(new FileInfo(Path.Combine(_dir, "c.svg")).Length > 1000);
        var alerts = BrinkProcess.Run("alerts", "--db", Db());
        Assert.Equal(0, alerts.ExitCode);
        Assert.Contains("escalation", alerts.Stdout);
        var gdelt = BrinkProcess.Run("export", "--db", Db(), "--format", "gdelt");
        var rows = gdelt.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Counts(Db()).Events, rows.Length);
        Assert.All(rows, row => Assert.Equal(61, row.Split('\t').Length));
        var csv = BrinkProcess.Run("export", "--db", Db(), "--format", "csv", "--out", Path.Combine(_dir, "e.csv"));
        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("event_key,report_key,article_key,date", File.ReadAllText(Path.Combine(_dir, "e.csv")));
        var jsonl = BrinkProcess.Run("export", "--db", Db());
        Assert.All(jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("event_key", out _)));
    }
}
