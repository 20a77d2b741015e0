using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Brink.Queue;

/// <summary>
/// A connection to the NATS JetStream servers named by --queue (one URL, or several separated by commas: the client
/// fails over between them), with the work and dead-letter streams ensured.
/// </summary>
public sealed class QueueConnection : IAsyncDisposable
{
    internal NatsConnection Nats { get; }
    internal NatsJSContext Js { get; }

    /// <summary>The servers as users named them (for messages).</summary>
    public string Display { get; }

    private QueueConnection(NatsConnection nats, string display)
    {
        Nats = nats;
        Js = new NatsJSContext(nats);
        Display = display;
    }

    /// <summary>
    /// Connects to <paramref name="url"/> and makes sure the streams exist (created with <paramref name="replicas"/> copies
    /// when missing; an existing stream is left as it is). An unreachable server or one without JetStream is a <see cref="QueueException"/>.
    /// </summary>
    public static async Task<QueueConnection> ConnectAsync(string url, int replicas = 1, CancellationToken cancel = default)
    {
        var urls = url.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0 || urls.Any(u => !(u.StartsWith("nats://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("tls://", StringComparison.OrdinalIgnoreCase))
                                              || !Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Host.Length == 0))
            throw new QueueException($"--queue '{url}' is not a NATS URL; use nats://HOST:4222 (several separated by commas).");
        string display = string.Join(",", urls);
        var nats = new NatsConnection(new NatsOpts
        {
            Url = display, Name = "brink", ConnectTimeout = TimeSpan.FromSeconds(5),
            // A node restarting must not end a worker: it reconnects (to another node when there is one) for as long as it runs.
            MaxReconnectRetry = -1, ReconnectWaitMin = TimeSpan.FromMilliseconds(200), ReconnectWaitMax = TimeSpan.FromSeconds(2),
        });
        try
        {
            await nats.ConnectAsync();
            var connection = new QueueConnection(nats, display);
            await connection.EnsureStreamsAsync(Math.Max(1, replicas), cancel);
            return connection;
        }
        catch (Exception e) when (e is NatsException or TimeoutException or OperationCanceledException && !cancel.IsCancellationRequested)
        {
            await nats.DisposeAsync();
            throw Explain(display, e);
        }
    }

    internal static QueueException Explain(string display, Exception e) => e switch
    {
        NatsJSApiException { Error.Code: 503 } => new($"Queue {display} has no JetStream (start nats-server with -js, or jetstream {{}} in its config).", e),
        NatsJSApiException api => new($"Queue {display} refused a request: {api.Error.Description} ({api.Error.Code}).", e),
        _ => new($"Queue {display} cannot be reached ({e.Message.ReplaceLineEndings(" ")}); check that nats-server is running and the host and port in --queue.", e),
    };

    private async Task EnsureStreamsAsync(int replicas, CancellationToken cancel)
    {
        await Ensure(new StreamConfig(QueueNames.WorkStream, [QueueNames.ArticleSubject, QueueNames.RecodeSubject])
        {
            // A work queue: a message leaves the stream once a worker acknowledges it; the window drops a republished article.
            Retention = StreamConfigRetention.Workqueue, Storage = StreamConfigStorage.File, NumReplicas = replicas,
            DuplicateWindow = TimeSpan.FromHours(1),
        }, cancel);
        await Ensure(new StreamConfig(QueueNames.DeadStream, [QueueNames.DeadSubject])
        {
            Retention = StreamConfigRetention.Limits, Storage = StreamConfigStorage.File, NumReplicas = replicas,
        }, cancel);
    }

    private async Task Ensure(StreamConfig config, CancellationToken cancel)
    {
        try { await Js.GetStreamAsync(config.Name!, cancellationToken: cancel); }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            try { await Js.CreateStreamAsync(config, cancel); }
            catch (NatsJSApiException again) when (again.Error.ErrCode == 10058) { /* another process created it meanwhile */ }
        }
    }

    /// <summary>The workers' shared durable pull consumer (created on first use).</summary>
    internal async Task<INatsJSConsumer> WorkersAsync(TimeSpan ackWait, int replicas, CancellationToken cancel) =>
        await Js.CreateOrUpdateConsumerAsync(QueueNames.WorkStream, new ConsumerConfig(QueueNames.Workers)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit, AckWait = ackWait,
            // A message that kills its worker process (not one the coder throws on: those are counted and dead-lettered) is
            // still not delivered forever.
            MaxDeliver = 20, MaxAckPending = 10_000, NumReplicas = replicas,
        }, cancel);

    public async ValueTask DisposeAsync() => await Nats.DisposeAsync();
}
