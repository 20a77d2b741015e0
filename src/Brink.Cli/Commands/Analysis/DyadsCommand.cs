using System.ComponentModel;
using Brink.Cli.Commands.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Analysis;

/// <summary>`brink dyads`: the directed dyads of the store, most reported first, with their first and last days.</summary>
internal sealed class DyadsCommand(IAnsiConsole console) : Command<DyadsCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--top <N>")]
        [Description("Dyads to list, most reported first (default 20)")]
        public int Top { get; init; } = 20;

        public override ValidationResult Validate() => Top < 1 ? ValidationResult.Error("--top must be at least 1.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenForReading();
        var dyads = store.Dyads(settings.Top);
        var table = new Table().AddColumns("actor", "recipient", "reports", "first day", "last day");
        foreach (var d in dyads)
            table.AddRow(Markup.Escape(d.Actor), Markup.Escape(d.Recipient), $"{d.Reports}", $"{d.First:yyyy-MM-dd}", $"{d.Last:yyyy-MM-dd}");
        console.Write(table);
        console.WriteLine($"{dyads.Count} dyads{(dyads.Count == settings.Top ? $" (the top {settings.Top}; --top N lists more)" : "")}");
        return 0;
    }
}
