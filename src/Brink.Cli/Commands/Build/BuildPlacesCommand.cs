using System.ComponentModel;
using Brink.Coding.Places;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Build;

/// <summary>`brink build places`: derives the shipped place table from the GeoNames gazetteer.</summary>
internal sealed class BuildPlacesCommand(IAnsiConsole console) : Command<BuildPlacesCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--gazetteer <DIR>")]
        [Description("GeoNames and ISO 3166 tables, e.g. ../shared/gazetteer")]
        public string Gazetteer { get; init; } = "../shared/gazetteer";

        [CommandOption("--out <FILE>")]
        [Description("Where the place table goes (default: data/places/places.tsv)")]
        public string Out { get; init; } = "data/places/places.tsv";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        int n = PlaceTableBuilder.Build(settings.Gazetteer, settings.Out);
        console.MarkupLineInterpolated($"{n:N0} place names written to {settings.Out}");
        return 0;
    }
}
