using System.ComponentModel;
using System.Text.Json;
using Brink.Analysis;
using Brink.Cli.Commands.Store;
using Brink.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Analysis;

/// <summary>`brink events`: stored (merged) events with filters, as a table or JSON lines with their reports.</summary>
internal sealed class EventsCommand(IAnsiConsole console) : Command<EventsCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--actor <CODE>")][Description("Only events with this actor (a country code such as IRN, or an actor code)")] public string? Actor { get; init; }
        [CommandOption("--recipient <CODE>")][Description("Only events with this recipient")] public string? Recipient { get; init; }
        [CommandOption("--type <TYPE>")][Description("Only events of this PLOVER type (ASSAULT, CONSULT, ...)")] public string? Type { get; init; }
        [CommandOption("--modality <MODALITY>")][Description("asserted, claimed, conditional, hypothetical, future or negated")] public string? Modality { get; init; }
        [CommandOption("--from <YYYY-MM-DD>")][Description("First day")] public string? From { get; init; }
        [CommandOption("--to <YYYY-MM-DD>")][Description("Last day")] public string? To { get; init; }
        [CommandOption("--named-sources")][Description("Only events with a named source or speaker")] public bool Named { get; init; }
        [CommandOption("--limit <N>")][Description("Events to show (default 100)")] public int Limit { get; init; } = 100;
        [CommandOption("--offset <N>")][Description("Events to skip first (for paging)")] public int Offset { get; init; }
        [CommandOption("--format <FORMAT>")][Description("table (default) or jsonl")] public string Format { get; init; } = "table";

        public override ValidationResult Validate() =>
            Format is not ("table" or "jsonl") ? ValidationResult.Error($"--format '{Format}' is not known; use table or jsonl.")
            : Modality is not null && Modality.ToLowerInvariant() is not ("asserted" or "claimed" or "conditional" or "hypothetical" or "future" or "negated")
                ? ValidationResult.Error($"--modality '{Modality}' is not known; use asserted, claimed, conditional, hypothetical, future or negated.")
            : Limit < 1 || Offset < 0 ? ValidationResult.Error("--limit must be positive and --offset not negative.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings s, CancellationToken cancellationToken)
    {
        var types = EventTypes();
        if (s.Type is { } type && !types.Contains(type.ToUpperInvariant()))
            throw new CliException($"--type '{type}' is not a PLOVER event type{Nearest.Hint(type, types)}.");
        var query = new EventQuery
        {
            Actor = s.Actor?.ToUpperInvariant(), Recipient = s.Recipient?.ToUpperInvariant(), EventType = s.Type?.ToUpperInvariant(), Modality = s.Modality,
            From = CliDates.Parse(s.From, "--from"), To = CliDates.Parse(s.To, "--to"), NamedSourcesOnly = s.Named, Limit = s.Limit, Offset = s.Offset,
        };
        using var store = s.OpenForReading();
        var events = store.Events(query);
        // No event may mean a mistyped code: a party no stored event has is an error that names the nearest ones.
        if (events.Count == 0)
            foreach (var (option, role, code) in new[] { ("--actor", "actor", query.Actor), ("--recipient", "recipient", query.Recipient) })
                if (code is not null && store.Parties(role) is var known && !known.Contains(code))
                    throw new CliException($"{option} '{code}': no stored event has this {role}{Nearest.Hint(code, known)}.");
        if (s.Format == "jsonl")
        {
            using var stdout = Console.OpenStandardOutput();
            foreach (var e in events)
            {
                using (var w = new Utf8JsonWriter(stdout)) StoredEventJsonWriter.Write(e, w);
                stdout.WriteByte((byte)'\n');
            }
            return 0;
        }
        var table = new Table().AddColumns("date", "type", "actor", "recipient", "reports", "articles", "outlets", "modalities");
        foreach (var e in events)
            table.AddRow($"{e.Date:yyyy-MM-dd}", e.EventType, Markup.Escape(e.ActorKey), Markup.Escape(e.RecipientKey), $"{e.ReportCount}", $"{e.ArticleCount}",
                Markup.Escape(string.Join(", ", e.Reports.Select(r => r.Outlet ?? "?").Distinct())), string.Join(", ", e.Reports.Select(r => r.Modality).Distinct()));
        console.Write(table);
        console.WriteLine($"{events.Count} of {store.CountEvents(query)} events");
        return 0;
    }

    /// <summary>The PLOVER types of the ontology (data/ontology/event-types.tsv).</summary>
    private static List<string> EventTypes()
    {
        string path = Path.Combine(Brink.Coding.EventExtractor.ResolveDataDir(null), "ontology", "event-types.tsv");
        return File.ReadLines(path).Skip(1).Select(l => l.Split('\t')[0]).Where(t => t.Length > 0).ToList();
    }
}
