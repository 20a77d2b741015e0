using System.Globalization;

namespace Brink.Web.Tests;

/// <summary>`brink serve`'s /metrics: Prometheus text whose counters follow the requests made and whose gauges match the store.</summary>
[Collection(ServerCollection.Name)]
public sealed class MetricsTests(DemoServer demo)
{
    private readonly HttpClient _http = Http.Client(demo.Url);

    [Fact]
    public async Task Metrics_count_requests_and_errors_and_show_the_store()
    {
        var before = await Scrape();
        await _http.GetAsync("/api/summary");
        await _http.GetAsync("/api/no-such-endpoint");
        var response = await _http.GetAsync("/metrics");
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString());
        var after = Parse(await response.Content.ReadAsStringAsync());
        // The two requests above, and the first scrape: others may run at the same time, so at least these.
        Assert.True(after["brink_http_requests_total"] - before["brink_http_requests_total"] >= 3);
        Assert.True(after["brink_http_client_errors_total"] - before["brink_http_client_errors_total"] >= 1);
        var summary = await _http.Json("/api/summary");
        Assert.True(after["brink_store_articles"] <= summary.GetProperty("articles").GetInt64());
        Assert.True(after["brink_store_articles"] >= 32);
    }

    private async Task<Dictionary<string, double>> Scrape() => Parse(await _http.GetStringAsync("/metrics"));

    /// <summary>Every sample line (name value) of Prometheus text; comment lines must be HELP or TYPE.</summary>
    private static Dictionary<string, double> Parse(string text)
    {
        var samples = new Dictionary<string, double>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#')) { Assert.Matches(@"^# (HELP|TYPE) brink_\w+ ", line); continue; }
            var parts = line.Split(' ');
            Assert.Equal(2, parts.Length);
            samples.Add(parts[0], double.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        return samples;
    }
}
