using System.ComponentModel;
using Brink.Coding;
using Brink.Coding.Ontology;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands;

/// <summary>Settings of the commands that check annotations or tables against the ontology: the data folder that holds it.</summary>
internal class OntologySettings : CommandSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Data folder with ontology/ (default: BRINK_DATA, else the repository's data/)")]
    public string? Data { get; init; }

    public PloverOntology LoadOntology() => PloverOntology.Load(EventExtractor.ResolveDataDir(Data));
}
