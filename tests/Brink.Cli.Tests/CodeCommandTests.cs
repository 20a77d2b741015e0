using System.Text;
using System.Text.Json;

namespace Brink.Cli.Tests;

public sealed class CodeCommandTests
{
    [Fact]
    public void The_readme_main_job_codes_the_shipped_example()
    {
        var r = BrinkProcess.Run("code", Path.Combine(BrinkProcess.RepoRoot, "examples", "gulf-talks.txt"));
        Assert.Equal(0, r.ExitCode);
        var events = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(events);
        // The dateline gives the publication date; the headline and the photo credit are never coded.
        Assert.All(events, e => Assert.Equal("2024-05-07", e.GetProperty("article").GetProperty("published").GetString()));
        Assert.DoesNotContain(events, e => e.GetProperty("sentence").GetProperty("text").GetString()!.StartsWith("Photo:"));
        Assert.Contains(events, e => e.GetProperty("event_type").GetString() == "CONSULT");
    }

    [Fact]
    public void An_article_without_events_gives_no_output_and_success()
    {
        var r = BrinkProcess.Run(Encoding.UTF8.GetBytes("The weather in Geneva was mild.\n"), "code", "-");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stdout.Trim());
    }

    [Fact]
    public void A_bad_publication_date_is_a_one_line_error()
    {
        var r = BrinkProcess.Run(Encoding.UTF8.GetBytes("Iran attacked Israel.\n"), "code", "-", "--published", "tomorrow");
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--published", r.Stderr);
    }

    [Fact]
    public void An_article_over_the_size_limit_is_refused_naming_the_file_its_size_and_the_option()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-big-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("Iran warned Israel on Monday. ", 400)));
        try
        {
            var r = BrinkProcess.Run("code", path, "--published", "2024-01-01", "--max-chars", "5000");
            Assert.Equal(1, r.ExitCode);
            Assert.Equal("", r.Stdout);
            Assert.Contains(path, r.Stderr);
            Assert.Contains("12,000 characters", r.Stderr);
            Assert.Contains("--max-chars", r.Stderr);
            // Raised above the article's size, the same file is coded.
            var ok = BrinkProcess.Run("code", path, "--published", "2024-01-01", "--max-chars", "12000");
            Assert.Equal(0, ok.ExitCode);
            Assert.Equal(400, ok.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task Code_without_an_input_at_a_terminal_prints_usage_instead_of_waiting()
    {
        // util-linux script gives the command a terminal as its standard input, as a user at a shell has.
        var psi = new System.Diagnostics.ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in new[] { "-qec", $"dotnet {Path.Combine(AppContext.BaseDirectory, "brink.dll")} code", "/dev/null" }) psi.ArgumentList.Add(a);
        psi.Environment["BRINK_MODELS"] = BrinkProcess.Models;
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        p.StandardInput.Close();
        bool finished = p.WaitForExit(60_000);
        if (!finished) p.Kill(true);
        Assert.True(finished, "brink code waited on the terminal");
        Assert.Equal(2, p.ExitCode);
        string output = await stdout;
        Assert.Contains("usage:", output);
        Assert.Contains("brink code", output);
    }

    [Fact]
    public void An_unknown_option_does_not_take_the_file_as_its_value()
    {
        var r = BrinkProcess.Run("code", "--frobnicate", Path.Combine(BrinkProcess.RepoRoot, "examples", "gulf-talks.txt"));
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains("'--frobnicate'", r.Stderr);
        Assert.Contains("did you mean --format", r.Stderr);
    }
}
