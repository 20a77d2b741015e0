using System.ComponentModel;
using Brink.Coding;
using Brink.Text;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands;

/// <summary>Settings of every command that codes events: the models and the data folder.</summary>
internal class CodingSettings : ModelSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Data folder with ontology/, lexicon/, actors/, places/ (default: BRINK_DATA, else the repository's data/)")]
    public string? Data { get; init; }

    [CommandOption("--rules")]
    [Description("Code with the rule stages alone, not the trained coder model (models/coder.bkm), e.g. to compare the two")]
    public bool Rules { get; init; }

    public EventExtractor LoadExtractor(bool keepUnresolved = false) =>
        EventExtractor.Load(TextPipeline.ResolveModelDir(Models), EventExtractor.ResolveDataDir(Data), keepUnresolved, Rules);
}
