using System.ComponentModel;
using Brink.Analysis;
using Brink.Cli.Commands.Store;
using Brink.Coding;
using Brink.Coding.Actors;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Crises;

/// <summary>
/// `brink crises load FILE`: stores a crisis list (data/crises.tsv) in the store, replacing the one it held, for the
/// dashboard's chart and for backtests. Bad rows are named and left out, the rest stored, exit 1; --strict stores nothing then.
/// </summary>
internal sealed class CrisesLoadCommand(IAnsiConsole console) : Command<CrisesLoadCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Crisis list: tab-separated onset, side_a, side_b, kind, name, source (e.g. data/crises.tsv)")]
        public string File { get; init; } = "";

        [CommandOption("--strict")]
        [Description("Store nothing if any row is bad (default: name bad rows, store the rest, exit 1)")]
        public bool Strict { get; init; }

        [CommandOption("--data <DIR>")]
        [Description("Data folder with actors/, whose countries and groups a side must be (default: BRINK_DATA, else the repository's data/)")]
        public string? Data { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var parties = CrisisReader.Parties(ActorKnowledgeBase.Load(EventExtractor.ResolveDataDir(settings.Data)));
        var list = CrisisReader.Read(settings.File, parties, settings.Strict);
        foreach (var error in list.Errors) Console.Error.WriteLine("brink: " + error.ReplaceLineEndings(" "));
        using var store = settings.OpenExisting();
        int before = store.ReplaceCrises(list.Crises.Select(c => c.Record()).ToList());
        console.WriteLine($"Loaded {list.Crises.Count} crises from {settings.File} into {store.Display} (replacing the {before} it held)" +
            (list.Errors.Count > 0 ? $"; {list.Errors.Count} bad rows left out (see above)." : "."));
        return list.Errors.Count > 0 ? 1 : 0;
    }
}
