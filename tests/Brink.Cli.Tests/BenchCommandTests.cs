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
            AssertSpread(r.Stdout, @"per pass: (\d+) passes, slowest ([0-9.]+), median ([0-9.]+), fastest ([0-9.]+) articles of 700 words per second");
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Text_benchmark_reports_the_spread_of_its_passes()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "The minister met the envoy in Geneva on Tuesday. Talks will resume next week.");
            var r = BrinkProcess.Run("bench", "text", file, "--seconds", "0.3", "--warmup", "0.1");
            Assert.Equal(0, r.ExitCode);
            AssertSpread(r.Stdout, @"per pass: (\d+) passes, slowest ([0-9,]+), median ([0-9,]+), fastest ([0-9,]+) tokens/second");
        }
        finally { File.Delete(file); }
    }

    // The spread line names at least one pass, and its slowest, median and fastest rates are positive and in order.
    private static void AssertSpread(string stdout, string pattern)
    {
        var m = Regex.Match(stdout, pattern);
        Assert.True(m.Success, stdout);
        Assert.True(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) >= 1);
        var rates = Enumerable.Range(2, 3).Select(g => double.Parse(m.Groups[g].Value.Replace(",", ""), CultureInfo.InvariantCulture)).ToArray();
        Assert.True(rates[0] > 0 && rates[0] <= rates[1] && rates[1] <= rates[2], stdout);
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
