using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Store;

/// <summary>`brink partition`: gives a PostgreSQL store's report tables the month layout (opt-in; docs/scale-out.md says when it pays).</summary>
internal sealed class PartitionCommand(IAnsiConsole console) : Command<StoreSettings>
{
    public override int Execute(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenExisting();
        var clock = Stopwatch.StartNew();
        console.WriteLine(store.PartitionByMonth()
            ? $"{store.Display}: reports, report_actors and dyad_reports partitioned by month in {clock.Elapsed.TotalSeconds:F1} s; new months get partitions as they are written."
            : $"{store.Display}: already partitioned by month; nothing changed.");
        return 0;
    }
}
