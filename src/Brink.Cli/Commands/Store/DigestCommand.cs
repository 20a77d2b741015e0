using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Store;

/// <summary>`brink digest`: one hash of the store's articles, reports, events and day rows, without row ids, to compare two stores.</summary>
internal sealed class DigestCommand(IAnsiConsole console) : Command<DigestCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--lines")][Description("Print the sorted lines the hash is taken over (diff two stores' lines to see where they differ)")]
        public bool Lines { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenForReading();
        if (settings.Lines) foreach (var line in store.DigestLines()) Console.Out.WriteLine(line);
        else console.WriteLine($"{store.Digest()}  {store.Display}");
        return 0;
    }
}
