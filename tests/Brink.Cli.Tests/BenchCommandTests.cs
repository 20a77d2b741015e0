using System.Globalization;
using System.Text.RegularExpressions;

namespace Brink.Cli.Tests;

/// <summary>The benchmark commands report what they claim: a steady-state rate apart from the first, unoptimized pass. Their figures are not checked here.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void Coding_benchmark_reports_the_first_pass_apart_from_the_warm_rate()
    {
        var dir = Directory.CreateTempSubdirectory("brink-bench-");
        try
        {
            File.Copy(Path.Combine(BrinkProcess.RepoRoot, "examples", "gulf-talks.txt"), Path.Combine(dir.FullName, "a.txt"));
            var r = BrinkProcess.Run("bench", "coding", dir.FullName, "--seconds", "0.2", "--warmup", "0.2");
            Assert.Equal(0, r.ExitCode);
            Assert.Matches(new Regex(@"articles of 700 words per second per core \(after 0\.2 s of warm-up\)"), r.Stdout);
            var cold = Regex.Match(r.Stdout, @"first pass, code not yet optimized: ([0-9.]+) articles/second");
            Assert.True(cold.Success, r.Stdout);
            Assert.True(double.Parse(cold.Groups[1].Value, CultureInfo.InvariantCulture) > 0);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Coding_benchmark_of_a_missing_folder_is_a_one_line_error()
    {
        var r = BrinkProcess.Run("bench", "coding", "/nonexistent/brink-bench");
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("/nonexistent/brink-bench", r.Stderr);
    }
}
