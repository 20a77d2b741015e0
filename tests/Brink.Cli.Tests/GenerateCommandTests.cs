using System.Text.Json;

namespace Brink.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-generate-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private List<string> PublishedDates(params string[] options)
    {
        var out_ = Path.Combine(_dir, Guid.NewGuid().ToString("N"));
        var run = BrinkProcess.Run(["generate", "--articles", "300", "--per-file", "100", "--days", "30", "--out", out_, .. options]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return Directory.GetFiles(out_, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("published").GetString()!)
            .ToList();
    }

    [Fact]
    public void Articles_come_in_publication_order_over_the_days_like_a_feed()
    {
        var dates = PublishedDates();
        Assert.Equal(300, dates.Count);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal(30, dates.Distinct().Count());
    }

    [Fact]
    public void Random_dates_scatter_the_articles_over_the_days()
    {
        var dates = PublishedDates("--random-dates");
        Assert.Equal(300, dates.Count);
        Assert.NotEqual(dates.Order(StringComparer.Ordinal), dates);
        Assert.True(dates.Distinct().Count() > 20);
    }
}
