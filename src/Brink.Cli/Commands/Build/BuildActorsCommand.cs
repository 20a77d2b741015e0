using System.ComponentModel;
using Brink.Coding.Actors.Petrarch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Build;

/// <summary>`brink build actors`: derives the petrarch2-*.tsv actor tables from the PETRARCH2 dictionaries.</summary>
internal sealed class BuildActorsCommand(IAnsiConsole console) : Command<BuildActorsCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--petrarch <DIR>")]
        [Description("PETRARCH2 / Phoenix dictionaries, e.g. ../shared/dictionaries/petrarch2")]
        public string Petrarch { get; init; } = "../shared/dictionaries/petrarch2";

        [CommandOption("--wordnet <DIR>")]
        [Description("WordNet 3.1 index files: names that are one common word are left out")]
        public string WordNet { get; init; } = "../shared/lexicon/wordnet-3.1";

        [CommandOption("--out <DIR>")]
        [Description("Actor folder holding countries.tsv (its codes are the valid countries)")]
        public string Out { get; init; } = "data/actors/";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var n = ActorTableBuilder.Build(settings.Petrarch, settings.Out, settings.WordNet);
        console.MarkupLineInterpolated($"{n.Persons:N0} persons ({n.Terms:N0} term rows), {n.Organizations:N0} organizations, {n.Agents:N0} agent words written to {settings.Out}");
        return 0;
    }
}
