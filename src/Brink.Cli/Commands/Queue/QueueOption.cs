using Brink.Queue;

namespace Brink.Cli.Commands.Queue;

/// <summary>Connects to the --queue servers for a command, turning an unreachable queue into one clear error line.</summary>
internal static class QueueOption
{
    public const string Description = "NATS JetStream server(s): nats://HOST:4222, several separated by commas for a cluster";

    public static QueueConnection Connect(string url, int replicas, CancellationToken cancel) =>
        QueueConnection.ConnectAsync(url, replicas, cancel).GetAwaiter().GetResult();
}
