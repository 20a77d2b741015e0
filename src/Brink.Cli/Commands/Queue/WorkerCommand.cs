using System.ComponentModel;
using Brink.Analysis;
using Brink.Cli.Commands.Store;
using Brink.Queue;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Queue;

/// <summary>`brink worker`: takes articles from the queue, codes them on all cores and stores each batch in one transaction.</summary>
internal sealed class WorkerCommand(IAnsiConsole console) : Command<WorkerCommand.Settings>
{
    internal sealed class Settings : WritingSettings
    {
        [CommandOption("--queue <URL>")][Description(QueueOption.Description)] public string? Queue { get; init; }
        [CommandOption("--replicas <N>")][Description("Copies of the streams and the workers' consumer when this worker creates them (3 on a 3-node cluster; default 1)")]
        public int Replicas { get; init; } = 1;
        [CommandOption("--attempts <N>")][Description("Times an article may fail coding before it is dead-lettered with its error (default 3)")]
        public int Attempts { get; init; } = 3;
        [CommandOption("--metrics <HOST:PORT>")][Description("Serve Prometheus counters at http://HOST:PORT/metrics (default: none)")]
        public string? Metrics { get; init; }
        [CommandOption("--ack-wait <SECONDS>")][Description("Seconds a taken batch stays this worker's before the queue hands it to another, if it neither finishes nor reports progress (default 60)")]
        public int AckWait { get; init; } = 60;
        [CommandOption("--exit-when-idle")][Description("Stop once nothing is pending or in flight (batch jobs, benchmarks) instead of waiting for more work")]
        public bool ExitWhenIdle { get; init; }

        // A worker's batch is also the messages it holds from the queue: small, so a slow batch does not outlast --ack-wait.
        protected override int DefaultBatch => 64;

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Queue) ? ValidationResult.Error("give --queue nats://HOST:4222.")
            : Batch < 1 || Attempts < 1 || Replicas < 1 || AckWait < 1 ? ValidationResult.Error("--batch, --attempts, --replicas and --ack-wait must be at least 1.")
            : Metrics is not null && !TryEndpoint(Metrics, out _, out _) ? ValidationResult.Error($"--metrics must be HOST:PORT; got '{Metrics}'.")
            : ValidationResult.Success();

        public static bool TryEndpoint(string value, out string host, out int port)
        {
            int colon = value.LastIndexOf(':');
            host = colon > 0 ? value[..colon] : "";
            port = 0;
            return colon > 0 && int.TryParse(value[(colon + 1)..], out port) && port is > 0 and < 65536;
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Ctrl+C or SIGTERM (systemd stop) finishes the batch in hand; its messages are acknowledged after the commit.
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; cancel.Cancel(); });
        // The store is checked before any work is taken: an unreachable database is one error line, not a batch redelivered forever.
        string storeName;
        using (var check = StoreRules.Open(settings.Db)) storeName = check.Display;
        var queue = QueueOption.Connect(settings.Queue!, settings.Replicas, cancel.Token);
        try
        {
            var metrics = new WorkerMetrics();
            using var listener = settings.Metrics is null ? null
                : Settings.TryEndpoint(settings.Metrics, out var host, out var port) ? new MetricsListener(host, port, metrics.Prometheus) : null;
            var options = new WorkerOptions
            {
                Batch = settings.BatchSize, Threads = settings.Workers, MaxAttempts = settings.Attempts, Replicas = settings.Replicas, AckWait = TimeSpan.FromSeconds(settings.AckWait), ExitWhenIdle = settings.ExitWhenIdle,
            };
            var worker = new QueueWorker(queue, () => StoreRules.Open(settings.Db), new ArticleCoder(settings.LoadExtractor(), settings.Workers), options, metrics);
            console.WriteLine($"worker: taking work from {queue.Display} into {storeName}" + (listener is null ? "" : $"; metrics at {listener.Url}"));
            using var timer = new Timer(_ => Console.WriteLine(metrics.Line()), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
            worker.RunAsync(line => Console.Error.WriteLine("brink: " + line), cancel.Token).GetAwaiter().GetResult();
            console.WriteLine(metrics.Line().Replace("worker:", "worker done:"));
            return metrics.DeadLettered > 0 ? 1 : 0;
        }
        finally { queue.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
    }
}
