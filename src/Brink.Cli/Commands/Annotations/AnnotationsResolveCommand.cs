using System.ComponentModel;
using Brink.Coding;
using Brink.Coding.Annotations;
using Brink.Coding.Ontology;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Annotations;

/// <summary>`brink annotations resolve`: an annotator's working file (spans as text) to the annotation format (spans as offsets), checked.</summary>
internal sealed class AnnotationsResolveCommand(IAnsiConsole console) : Command<AnnotationsResolveCommand.Settings>
{
    internal sealed class Settings : OntologySettings
    {
        [CommandArgument(0, "<RAW>")]
        [Description("The annotator's JSON lines: {id, events: [[{trigger, trigger_occurrence?, type, mode, actors: [[{text, occurrence?, code}]], recipients, modality, note?}]]}")]
        public string Raw { get; init; } = "";

        [CommandOption("--sample <FILE>")]
        [Description("The sampled rows the file annotates (brink annotations sample --out)")]
        public string Sample { get; init; } = "";

        [CommandOption("--annotator <NAME>")]
        [Description("Who annotated it (recorded in each row)")]
        public string Annotator { get; init; } = "";

        [CommandOption("--out <FILE>")]
        [Description("Where the resolved annotated rows go (JSON lines, read back and checked)")]
        public string Out { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Sample.Length == 0 || settings.Out.Length == 0 || settings.Annotator.Length == 0)
            throw new CliException("annotations resolve needs --sample FILE, --annotator NAME and --out FILE.");
        var sample = SampleFile.Read(settings.Sample).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var rows = RawAnnotationResolver.Resolve(settings.Raw, sample, settings.Annotator);
        AnnotationWriter.Write(settings.Out, rows);
        // Read back through the one reader every consumer uses: types, modes, codes and offsets are checked there.
        var check = AnnotationReader.Read(settings.Out, settings.LoadOntology());
        console.MarkupLineInterpolated($"{check.Count} rows, {check.Sum(r => r.EventCount)} events -> {settings.Out}");
        return 0;
    }
}
