using System.Globalization;

namespace Brink.Queue.Tests;

/// <summary>A worker's counters as Prometheus text, and its progress line.</summary>
public sealed class WorkerMetricsTests
{
    [Fact]
    public void Counters_follow_the_work_and_in_flight_is_what_is_in_hand()
    {
        var m = new WorkerMetrics();
        m.AddReceived(8);
        m.AddCoded(7);
        m.AddFailed();
        m.AddBatch(written: 5, known: 2, recoded: 0);
        m.AddFinished(6);
        m.AddTime(WorkerMetrics.Phase.Coding, TimeSpan.FromSeconds(3));
        m.AddTime(WorkerMetrics.Phase.Coding, TimeSpan.FromSeconds(1.5));
        m.AddTime(WorkerMetrics.Phase.Writing, TimeSpan.FromSeconds(2));
        var samples = m.Prometheus().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#'))
            .ToDictionary(l => l.Split(' ')[0], l => double.Parse(l.Split(' ')[1], CultureInfo.InvariantCulture));
        Assert.Equal(8, samples["brink_worker_messages_received_total"]);
        Assert.Equal(7, samples["brink_worker_articles_coded_total"]);
        Assert.Equal(5, samples["brink_worker_articles_written_total"]);
        Assert.Equal(2, samples["brink_worker_articles_known_total"]);
        Assert.Equal(1, samples["brink_worker_coding_failures_total"]);
        Assert.Equal(2, samples["brink_worker_messages_in_flight"]);
        Assert.Equal((4.5, 2, 0), (samples["brink_worker_coding_seconds_total"], samples["brink_worker_writing_seconds_total"], samples["brink_worker_fetch_seconds_total"]));
        Assert.Contains("7 coded, 5 written, 2 already stored", m.Line());
        Assert.Contains("coding 4.5, writing 2.0", m.Line());
    }

    [Fact]
    public async Task The_listener_serves_them_at_metrics_and_nothing_else()
    {
        var m = new WorkerMetrics();
        m.AddCoded(3);
        int port = FreePort.Next();
        using var listener = new MetricsListener("127.0.0.1", port, m.Prometheus);
        using var http = new HttpClient();
        var response = await http.GetAsync(listener.Url);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("brink_worker_articles_coded_total 3\n", await response.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync($"http://127.0.0.1:{port}/other")).StatusCode);
    }
}
