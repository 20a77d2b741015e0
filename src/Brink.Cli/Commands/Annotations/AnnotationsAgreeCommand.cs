using System.ComponentModel;
using System.Text.Json;
using Brink.Coding;
using Brink.Coding.Annotations;
using Brink.Coding.Ontology;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Annotations;

/// <summary>`brink annotations agree A B`: how far two independent annotations of the same rows agree.</summary>
internal sealed class AnnotationsAgreeCommand(IAnsiConsole console) : Command<AnnotationsAgreeCommand.Settings>
{
    internal sealed class Settings : OntologySettings
    {
        [CommandArgument(0, "<A>")]
        [Description("The first annotator's annotated JSON lines")]
        public string A { get; init; } = "";

        [CommandArgument(1, "<B>")]
        [Description("The second annotator's annotated JSON lines (rows are paired by id with A's)")]
        public string B { get; init; } = "";

        [CommandOption("--disagreements <FILE>")]
        [Description("Write one line per disagreement (for adjudication)")]
        public string? Disagreements { get; init; }

        [CommandOption("--json")]
        [Description("Also print the measures as one JSON object after the table")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var ontology = settings.LoadOntology();
        var report = AnnotationAgreement.Compare(AnnotationReader.Read(settings.A, ontology), AnnotationReader.Read(settings.B, ontology));
        if (report.Rows == 0) throw new CliException($"'{settings.A}' and '{settings.B}' share no row id.");
        var table = new Table().AddColumns("measure", "value");
        table.AddRow("rows annotated by both", $"{report.Rows}");
        table.AddRow("events A / B / paired", $"{report.EventsA} / {report.EventsB} / {report.Paired}");
        table.AddRow("event detection F1", $"{report.EventF1:F3}");
        table.AddRow("kappa: row has an event", $"{report.RowEventKappa:F3}");
        table.AddRow("kappa: type (paired events)", $"{report.TypeKappa:F3}");
        table.AddRow("kappa: type (all events, missing = NONE)", $"{report.TypeKappaWithNone:F3}");
        table.AddRow("same actor codes (paired)", $"{report.ActorAgreement:P1}");
        table.AddRow("same recipient codes (paired)", $"{report.RecipientAgreement:P1}");
        table.AddRow("same modality (paired)", $"{report.ModalityAgreement:P1}");
        table.AddRow("kappa: modality (paired)", $"{report.ModalityKappa:F3}");
        table.AddRow("disagreements", $"{report.Disagreements.Count}");
        console.Write(table);
        if (settings.Disagreements is { } path) File.WriteAllLines(path, report.Disagreements);
        if (settings.Json)
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(new
            {
                rows = report.Rows, events_a = report.EventsA, events_b = report.EventsB, paired = report.Paired,
                event_f1 = Math.Round(report.EventF1, 4), row_event_kappa = Math.Round(report.RowEventKappa, 4),
                type_kappa = Math.Round(report.TypeKappa, 4), type_kappa_with_none = Math.Round(report.TypeKappaWithNone, 4),
                actor_agreement = Math.Round(report.ActorAgreement, 4), recipient_agreement = Math.Round(report.RecipientAgreement, 4),
                modality_agreement = Math.Round(report.ModalityAgreement, 4), modality_kappa = Math.Round(report.ModalityKappa, 4),
                disagreements = report.Disagreements.Count,
            }));
        return 0;
    }
}
