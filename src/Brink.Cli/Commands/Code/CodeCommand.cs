using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Brink.Coding;
using Brink.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Code;

/// <summary>`brink code`: sourced, dated PLOVER events from news articles.</summary>
internal sealed class CodeCommand(IAnsiConsole console) : Command<CodeCommand.Settings>
{
    internal sealed class Settings : CodingSettings
    {
        [CommandArgument(0, "[INPUT]")]
        [Description("Article file, folder of .txt files, or - for standard input (default: -)")]
        public string Input { get; init; } = "-";

        [CommandOption("--published <YYYY-MM-DD>")]
        [Description("Publication date (overrides what the article says)")]
        public string? Published { get; init; }

        [CommandOption("--outlet <NAME>")]
        [Description("Outlet (news source) for articles that do not name one")]
        public string? Outlet { get; init; }

        [CommandOption("--all")]
        [Description("Also print records whose actor the text names but Brink cannot resolve (the learned coder leaves them out: they cannot enter a dyad)")]
        public bool All { get; init; }

        [CommandOption("--lines")]
        [Description("Every input line is its own one-sentence document (id = line number)")]
        public bool Lines { get; init; }

        [CommandOption("--max-chars <N>")]
        [Description("Largest article coded, in characters (default 200000, as in the web API)")]
        public int MaxChars { get; init; } = EventExtractor.MaxArticleChars;

        [CommandOption("--format <FORMAT>")]
        [Description("jsonl (default) or table")]
        public string Format { get; init; } = "jsonl";


        public override ValidationResult Validate() =>
            Format is not ("jsonl" or "table") ? ValidationResult.Error($"--format '{Format}' is not known; use jsonl or table.")
            : MaxChars < 1 ? ValidationResult.Error($"--max-chars must be a positive number; got {MaxChars}.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Without an input, code reads standard input; at a terminal that would wait without a word, so it says how to use it.
        if (settings.Input == "-" && !Console.IsInputRedirected)
            throw new CliUsageException("brink code needs an article: give a file, a folder of .txt files, or pipe text in (e.g. `./brink code examples/gulf-talks.txt --format table`; `brink code --help` lists the options).");
        DateOnly? published = CliDates.Parse(settings.Published, "--published");
        var extractor = settings.LoadExtractor(keepUnresolved: settings.All);
        if (settings.Format == "table")
        {
            WriteTable(Articles(settings, published).SelectMany(extractor.Code).ToList());
            return 0;
        }
        // Events are written article by article, so a bad input later on keeps what was already coded.
        using var stdout = Console.OpenStandardOutput();
        foreach (var article in Articles(settings, published)) WriteJsonLines(stdout, extractor.Code(article));
        return 0;
    }

    private static IEnumerable<Article> Articles(Settings s, DateOnly? published)
    {
        if (s.Input != "-" && s.Input != CliInput.StdinMarker && Directory.Exists(s.Input))
        {
            foreach (var f in Directory.EnumerateFiles(s.Input, "*", SearchOption.AllDirectories).Where(IsArticleFile).Order(StringComparer.Ordinal))
                foreach (var a in EventExtractor.ReadArticles(CliInput.ReadText(f), f, published, s.Outlet)) yield return ArticleSize.Check(a, f, s.MaxChars);
            yield break;
        }
        string text = CliInput.ReadText(s.Input);
        if (!s.Lines)
        {
            string name = s.Input == CliInput.StdinMarker ? "standard input" : s.Input;
            foreach (var a in EventExtractor.ReadArticles(text, name, published, s.Outlet)) yield return ArticleSize.Check(a, name, s.MaxChars);
            yield break;
        }
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].Trim().Length > 0) yield return ArticleSize.Check(EventExtractor.LineArticle(lines[i].TrimEnd('\r'), (i + 1).ToString(CultureInfo.InvariantCulture), published, s.Outlet), $"{s.Input}:{i + 1}", s.MaxChars);
    }

    private static bool IsArticleFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".html" or ".htm" or ".jsonl" && !path.EndsWith(".gold.tsv", StringComparison.Ordinal);

    private static void WriteJsonLines(Stream stdout, IReadOnlyList<EventRecord> events)
    {
        foreach (var e in events)
        {
            using (var w = new Utf8JsonWriter(stdout)) EventJsonWriter.Write(e, w);
            stdout.WriteByte((byte)'\n');
        }
        stdout.Flush();
    }

    private void WriteTable(List<EventRecord> events)
    {
        var table = new Table().AddColumns("date", "type", "actor", "recipient", "modality", "trigger", "says who");
        static string Actors(IReadOnlyList<ActorMention> list) => string.Join(", ", list.Select(a => a.Country is null ? a.Name ?? a.Text : $"{Words(a)} ({a.Country}/{a.Sector ?? "?"})"));
        // An actor the text leaves unnamed (the state of a state act) has no words of its own.
        static string Words(ActorMention a) => a.Name ?? (a.Text.Length > 0 ? a.Text : "(unnamed)");
        foreach (var e in events)
        {
            string who = e.Attribution is null ? "" : string.Join("; ", new[] { e.Attribution.Speaker?.Text }.Concat(e.Attribution.Sources.Select(s => s.Text)).Where(x => x is not null));
            table.AddRow(Markup.Escape($"{e.Date:yyyy-MM-dd} {(e.DatePrecision == DatePrecision.Day ? "" : e.DatePrecision.ToString().ToLowerInvariant())}"),
                Markup.Escape(e.EventType + (e.Mode is null ? "" : "/" + e.Mode)), Markup.Escape(Actors(e.Actor)), Markup.Escape(Actors(e.Recipient)),
                e.Modality.ToString().ToLowerInvariant(), Markup.Escape(e.Trigger.Text), Markup.Escape(who));
        }
        console.Write(table);
        console.MarkupLineInterpolated($"{events.Count} events");
    }
}
