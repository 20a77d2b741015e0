using System.ComponentModel;
using Brink.Analysis;
using Brink.Cli.Commands.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Crises;

/// <summary>`brink crises`: the crisis onsets the store holds (from `brink crises load`), oldest first.</summary>
internal sealed class CrisesCommand(IAnsiConsole console) : Command<CrisesCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--party <CODE>")]
        [Description("Only crises with this party on either side; give it twice for the crises between two parties")]
        public string[] Parties { get; init; } = [];

        public override ValidationResult Validate() =>
            Parties.Length > 2 ? ValidationResult.Error("--party takes one party, or two for the crises between them.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenForReading();
        var crises = settings.Parties is [var a, var b] ? Crisis.Stored(store, a, b)
            : Crisis.Stored(store).Where(c => settings.Parties is not [var p] || c.SideA == p || c.SideB == p).ToList();
        var table = new Table().AddColumns("onset", "side a", "side b", "kind", "name", "source");
        foreach (var c in crises)
            table.AddRow($"{c.Onset:yyyy-MM-dd}", Markup.Escape(c.SideA), Markup.Escape(c.SideB), c.Kind == CrisisKind.Escalation ? "escalation" : "deescalation",
                Markup.Escape(c.Name), Markup.Escape(c.Source));
        console.Write(table);
        console.WriteLine(crises.Count == 0 && settings.Parties.Length == 0
            ? "The store holds no crises; `brink crises load data/crises.tsv` stores the shipped list."
            : $"{crises.Count} crises");
        return 0;
    }
}
