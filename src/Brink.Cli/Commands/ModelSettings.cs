using System.ComponentModel;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands;

/// <summary>Settings of every command that loads the text models.</summary>
internal class ModelSettings : CommandSettings
{
    [CommandOption("--models <DIR>")]
    [Description("Model folder (default: BRINK_MODELS, else the repository's models/)")]
    public string? Models { get; init; }
}
