using System.Text;
using System.Text.RegularExpressions;

namespace Brink.Cli.Tests;

/// <summary>
/// Every command line the README and `brink --help` show runs on a fresh clone: in an empty folder that holds only the
/// clone's examples, gold set and data (as a clone's root does, without anything a run leaves behind), in the order shown.
/// </summary>
public sealed partial class ReadmeCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-readme-").FullName;

    public ReadmeCommandsTests()
    {
        foreach (var folder in new[] { "examples", "eval", "data" })
            Directory.CreateSymbolicLink(Path.Combine(_dir, folder), Path.Combine(BrinkProcess.RepoRoot, folder));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    [GeneratedRegex(@"`(\./brink [^`]+)`|^ {4}(\./brink .+)$", RegexOptions.Multiline)] private static partial Regex ReadmeCommand();
    [GeneratedRegex(@"\s*\[[^\]]*\]")] private static partial Regex Optional();
    // What a reader fills in (FILE, N, ...), alternatives (a|b) and data outside the clone (../shared) are not run as shown.
    [GeneratedRegex(@"\||\.\.\.|\.\./|\b(FILE|DIR|N|PATH|ARTICLE|KEY|NAME|YYYY-MM-DD)\b")] private static partial Regex Placeholder();

    /// <summary>The README's command lines that run as written once their optional [parts] are left out.</summary>
    private static List<string[]> ReadmeCommands()
    {
        string readme = File.ReadAllText(Path.Combine(BrinkProcess.RepoRoot, "README.md"));
        var list = new List<string[]>();
        foreach (Match m in ReadmeCommand().Matches(readme))
        {
            string line = Optional().Replace(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, "").Trim();
            if (Placeholder().IsMatch(line)) continue;
            list.Add(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]);
        }
        return list;
    }

    [Fact]
    public void The_readme_commands_run_on_a_fresh_clone()
    {
        var commands = ReadmeCommands();
        // The main job, the demo and the dashboard on its store are what a new user tries first.
        Assert.Contains(commands, c => c is ["code", "examples/gulf-talks.txt", ..]);
        Assert.Contains(commands, c => c is ["demo"]);
        Assert.Contains(commands, c => c is ["serve", "--db", "demo-output/demo.db"]);
        foreach (var args in commands) Run(args);
    }

    [Fact]
    public void The_help_examples_run_on_a_fresh_clone()
    {
        var help = Brink(null, "--help");
        Assert.Equal(0, help.ExitCode);
        var examples = help.Stdout.Split("EXAMPLES:")[1].Split("\n\n")[0].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim().Split(' ')[1..]).ToList();
        Assert.NotEmpty(examples);
        foreach (var args in examples) Run(args);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("ingest")]
    [InlineData("dyad")]
    [InlineData("events")]
    [InlineData("alerts")]
    [InlineData("export")]
    [InlineData("serve")]
    [InlineData("demo")]
    [InlineData("dyads")]
    public void Every_option_of_a_command_is_described(string command)
    {
        var r = Brink(null, command, "--help");
        var options = r.Stdout.Split("OPTIONS:")[1].Split('\n').Where(l => l.TrimStart().StartsWith('-'));
        Assert.All(options, line => Assert.Matches(@"^\s*(-\w, )?--[\w-]+( <[^>]+>)?\s{2,}\S", line));
    }

    [Fact]
    public void The_help_of_every_command_and_subcommand_prints()
    {
        // Walks the command tree as a user would: each COMMANDS list, then each command's own help.
        var pending = new Queue<string[]>([[]]);
        int seen = 0;
        while (pending.Count > 0)
        {
            var path = pending.Dequeue();
            var r = Brink(null, [.. path, "--help"]);
            Assert.True(r.ExitCode == 0 && r.Stderr.Length == 0, $"brink {string.Join(' ', path)} --help: exit {r.ExitCode}: {r.Stderr}");
            seen++;
            if (!r.Stdout.Contains("COMMANDS:")) continue;
            foreach (var line in r.Stdout.Split("COMMANDS:")[1].Split('\n'))
                if (System.Text.RegularExpressions.Regex.Match(line, @"^ {4}([a-z][\w-]*)") is { Success: true } m) pending.Enqueue([.. path, m.Groups[1].Value]);
        }
        Assert.True(seen > 30, $"only {seen} help pages found");
    }

    private void Run(string[] args)
    {
        string shown = "brink " + string.Join(' ', args);
        if (args[0] == "serve")
        {
            // The dashboard runs until stopped: it must start on the store named (on a free port, not the shown default).
            using var server = ServeProcess.Launch([.. args, "--urls", "http://127.0.0.1:0"], _dir, asNobody: false);
            Assert.Contains("Brink dashboard on", server.Banner);
            return;
        }
        var r = Brink(args.Contains("-") ? Encoding.UTF8.GetBytes("Iran warned Israel on Monday.\n") : null, args);
        Assert.True(r.ExitCode == 0, $"{shown}: exit {r.ExitCode}: {r.Stderr}");
    }

    private BrinkProcess.Result Brink(byte[]? stdin, params string[] args) => BrinkProcess.RunIn(_dir, stdin, args);
}
