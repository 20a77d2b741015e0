using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Brink.Queue;

/// <summary>Reads the state of Brink's streams and their consumers: what is pending, in flight and dead-lettered.</summary>
public static class QueueStatus
{
    /// <summary>A row per stream and one per consumer of it, work stream first.</summary>
    public static async Task<IReadOnlyList<QueueStatusRow>> ReadAsync(QueueConnection queue, CancellationToken cancel = default)
    {
        var rows = new List<QueueStatusRow>();
        try
        {
            foreach (var name in new[] { QueueNames.WorkStream, QueueNames.DeadStream })
            {
                var stream = await queue.Js.GetStreamAsync(name, cancellationToken: cancel);
                ulong messages = (ulong)stream.Info.State.Messages;
                // A dead letter waits for a person, not a worker: all of its stream's messages are pending.
                rows.Add(new QueueStatusRow(name, null, messages, name == QueueNames.DeadStream ? messages : 0, 0, 0));
                await foreach (var c in queue.Js.ListConsumersAsync(name, cancel))
                    rows.Add(new QueueStatusRow(name, c.Info.Name, messages, c.Info.NumPending, c.Info.NumAckPending, c.Info.NumRedelivered));
            }
        }
        catch (NatsException e) { throw QueueConnection.Explain(queue.Display, e); }
        return rows;
    }

    /// <summary>Messages not yet done: waiting or in flight at the workers' consumer.</summary>
    public static ulong Outstanding(IReadOnlyList<QueueStatusRow> rows) =>
        rows.Where(r => r.Stream == QueueNames.WorkStream && r.Consumer == QueueNames.Workers).Select(r => r.Pending + (ulong)r.InFlight).FirstOrDefault(
            rows.FirstOrDefault(r => r.Stream == QueueNames.WorkStream && r.Consumer is null)?.Messages ?? 0);

    /// <summary>Messages in the dead-letter stream.</summary>
    public static ulong DeadLettered(IReadOnlyList<QueueStatusRow> rows) =>
        rows.FirstOrDefault(r => r.Stream == QueueNames.DeadStream && r.Consumer is null)?.Messages ?? 0;

    /// <summary>The dead letters (for `brink queue status --dead` and tests): where each came from and its error, oldest first.</summary>
    public static async Task<IReadOnlyList<(string Source, string Error)>> DeadLettersAsync(QueueConnection queue, CancellationToken cancel = default)
    {
        var list = new List<(string, string)>();
        try
        {
            var stream = await queue.Js.GetStreamAsync(QueueNames.DeadStream, cancellationToken: cancel);
            long count = stream.Info.State.Messages;
            if (count == 0) return list;
            // An ordered consumer reads the stream without changing it (it leaves no durable state behind).
            var reader = await queue.Js.CreateOrderedConsumerAsync(QueueNames.DeadStream, cancellationToken: cancel);
            await foreach (var msg in reader.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = (int)Math.Min(count, 10_000), Expires = TimeSpan.FromSeconds(5) }, cancellationToken: cancel))
                list.Add((Header(msg.Headers, QueueNames.SourceHeader), Header(msg.Headers, QueueNames.ErrorHeader)));
        }
        catch (NatsException e) { throw QueueConnection.Explain(queue.Display, e); }
        return list;
    }

    private static string Header(NatsHeaders? headers, string name) => headers is not null && headers.TryGetValue(name, out var v) ? v.ToString() : "";
}
