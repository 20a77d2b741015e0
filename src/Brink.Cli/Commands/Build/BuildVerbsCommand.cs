using System.ComponentModel;
using Brink.Coding;
using Brink.Coding.Lexicon;
using Brink.Coding.Ontology;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Build;

/// <summary>`brink build verbs`: derives data/lexicon/petrarch-verbs.tsv (verb to PLOVER types) from the PETRARCH2 CAMEO verb dictionary.</summary>
internal sealed class BuildVerbsCommand(IAnsiConsole console) : Command<BuildVerbsCommand.Settings>
{
    internal sealed class Settings : OntologySettings
    {
        [CommandOption("--petrarch <FILE>")]
        [Description("The PETRARCH2 CAMEO verb dictionary (default: ../shared/dictionaries/petrarch2/CAMEO.2.0.txt)")]
        public string Petrarch { get; init; } = "../shared/dictionaries/petrarch2/CAMEO.2.0.txt";

        [CommandOption("--out <FILE>")]
        [Description("Where the verb table goes (default: data/lexicon/petrarch-verbs.tsv)")]
        public string Out { get; init; } = "data/lexicon/petrarch-verbs.tsv";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        int n = PetrarchVerbTable.Build(settings.Petrarch, settings.LoadOntology(), settings.Out);
        console.MarkupLineInterpolated($"{n:N0} verbs written to {settings.Out}");
        return 0;
    }
}
