using System.Net;
using System.Text;

namespace Brink.Queue;

/// <summary>A tiny HTTP listener that answers GET /metrics with Prometheus text (a worker has no web server of its own).</summary>
public sealed class MetricsListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<string> _metrics;

    /// <summary>The URL scrapers read, e.g. http://127.0.0.1:9464/metrics.</summary>
    public string Url { get; }

    /// <summary>Listens on <paramref name="host"/>:<paramref name="port"/>; a port in use is a <see cref="QueueException"/> naming it.</summary>
    public MetricsListener(string host, int port, Func<string> metrics)
    {
        _metrics = metrics;
        Url = $"http://{host}:{port}/metrics";
        _listener.Prefixes.Add($"http://{host}:{port}/");
        try { _listener.Start(); }
        catch (HttpListenerException e) { throw new QueueException($"Metrics address {host}:{port} cannot be listened on ({e.Message}); give another --metrics.", e); }
        _ = Task.Run(ServeAsync);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            using var response = context.Response;
            if (context.Request.Url?.AbsolutePath != "/metrics")
            {
                response.StatusCode = 404;
                continue;
            }
            var body = Encoding.UTF8.GetBytes(_metrics());
            response.ContentType = Brink.Analysis.PrometheusText.ContentType;
            response.ContentLength64 = body.Length;
            try { await response.OutputStream.WriteAsync(body); }
            catch (HttpListenerException) { /* the scraper went away */ }
        }
    }

    public void Dispose() => _listener.Close();
}
