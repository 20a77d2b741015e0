using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Brink.Queue;

/// <summary>Moves a message that cannot be done to the dead-letter stream, with its error, and takes it off the work stream.</summary>
internal static class DeadLetters
{
    public static async Task MoveAsync(QueueConnection queue, INatsJSMsg<byte[]> msg, string error, CancellationToken cancel)
    {
        var headers = new NatsHeaders
        {
            [QueueNames.ErrorHeader] = error.ReplaceLineEndings(" "),
            [QueueNames.SourceHeader] = $"{msg.Subject} #{msg.Metadata?.Sequence.Stream}",
        };
        var ack = await queue.Js.PublishAsync(QueueNames.DeadSubject, msg.Data ?? [], headers: headers, cancellationToken: cancel);
        ack.EnsureSuccess();
        // Only once the dead letter is stored: a worker killed in between leaves the message to be delivered again.
        await msg.AckTerminateAsync(cancellationToken: cancel);
    }
}
