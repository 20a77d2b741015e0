using System.Diagnostics;
using Brink.Analysis;
using Brink.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Brink.Web.Hosting;

/// <summary>
/// Prometheus counters of `brink serve` at /metrics: requests by outcome and the time spent answering them, and the store's
/// article, report and event counts (read when scraped).
/// </summary>
internal sealed class ServeMetrics
{
    private long _requests, _clientErrors, _serverErrors, _ticks;

    public static void Map(WebApplication app, StorePool stores)
    {
        var metrics = new ServeMetrics();
        app.Use(async (context, next) =>
        {
            long start = Stopwatch.GetTimestamp();
            try { await next(context).ConfigureAwait(false); }
            finally { metrics.Count(context.Response.StatusCode, Stopwatch.GetTimestamp() - start); }
        });
        app.MapGet("/metrics", () => Results.Text(metrics.Text(stores), PrometheusText.ContentType)).ExcludeFromDescription();
    }

    private void Count(int status, long ticks)
    {
        Interlocked.Increment(ref _requests);
        if (status >= 500) Interlocked.Increment(ref _serverErrors);
        else if (status >= 400) Interlocked.Increment(ref _clientErrors);
        Interlocked.Add(ref _ticks, ticks);
    }

    private string Text(StorePool stores)
    {
        var counts = stores.Use(s => s.Counts());
        return new PrometheusText()
            .Counter("brink_http_requests_total", "HTTP requests answered.", Interlocked.Read(ref _requests))
            .Counter("brink_http_client_errors_total", "Requests answered with a 4xx status.", Interlocked.Read(ref _clientErrors))
            .Counter("brink_http_server_errors_total", "Requests answered with a 5xx status.", Interlocked.Read(ref _serverErrors))
            .Counter("brink_http_request_seconds_total", "Time spent answering requests, in seconds.", (double)Interlocked.Read(ref _ticks) / Stopwatch.Frequency)
            .Gauge("brink_store_articles", "Articles in the store.", counts.Articles)
            .Gauge("brink_store_reports", "Reports in the store.", counts.Reports)
            .Gauge("brink_store_events", "Events in the store.", counts.Events)
            .ToString();
    }
}
