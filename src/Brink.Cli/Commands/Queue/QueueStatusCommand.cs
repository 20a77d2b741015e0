using System.ComponentModel;
using Brink.Queue;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Queue;

/// <summary>`brink queue status`: pending, in-flight and dead-lettered messages per stream and consumer.</summary>
internal sealed class QueueStatusCommand(IAnsiConsole console) : Command<QueueStatusCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--queue <URL>")][Description(QueueOption.Description)] public string Queue { get; init; } = "nats://127.0.0.1:4222";
        [CommandOption("--dead")][Description("Also list each dead letter with its source and error")] public bool Dead { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var queue = QueueOption.Connect(settings.Queue, 1, cancellationToken);
        try
        {
            var rows = QueueStatus.ReadAsync(queue, cancellationToken).GetAwaiter().GetResult();
            var table = new Table().AddColumns("stream", "consumer", "messages", "pending", "in flight", "redelivered");
            foreach (var r in rows)
                table.AddRow(r.Stream, r.Consumer ?? "-", r.Messages.ToString(), r.Pending.ToString(), r.InFlight.ToString(), r.Redelivered.ToString());
            console.Write(table);
            console.WriteLine($"{QueueStatus.Outstanding(rows)} articles to do, {QueueStatus.DeadLettered(rows)} dead-lettered.");
            if (settings.Dead)
                foreach (var (source, error) in QueueStatus.DeadLettersAsync(queue, cancellationToken).GetAwaiter().GetResult())
                    console.WriteLine(Markup.Escape($"{source}: {error}"));
            return 0;
        }
        finally { queue.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
    }
}
