using System.ComponentModel;
using System.Text.Json;
using Brink.Coding;
using Brink.Coding.Actors;
using Brink.Coding.Annotations;
using Brink.Coding.Evaluation;
using Brink.Coding.Ontology;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Eval;

/// <summary>`brink eval coding`: precision, recall and F1 of the coder against annotated articles or sentences.</summary>
internal sealed class EvalCodingCommand(IAnsiConsole console) : Command<EvalCodingCommand.Settings>
{
    internal sealed class Settings : CodingSettings
    {
        [CommandOption("--gold <DIR>")]
        [Description("Gold folder of NAME.gold.tsv article annotations, with NAME.txt beside them or in --texts (default: eval/coding)")]
        public string Gold { get; init; } = "eval/coding";

        [CommandOption("--texts <DIR>")]
        [Description("Where the articles of --gold are when they are not beside their gold files (e.g. ../shared/corpus-open/wikinews)")]
        public string? Texts { get; init; }

        [CommandOption("--annotations <FILE>")]
        [Description("Score on annotated sentences instead (data/annotations/dev.jsonl)")]
        public string? Annotations { get; init; }

        [CommandOption("--json")]
        [Description("Also print the scores as one JSON object after the tables")]
        public bool Json { get; init; }

        [CommandOption("--errors")]
        [Description("Also list every missed, spurious and disagreeing event (file:line of the gold row, or the sentence id and text)")]
        public bool Errors { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var extractor = settings.LoadExtractor();
        Action<string>? errors = settings.Errors ? line => console.Profile.Out.Writer.WriteLine(line) : null;
        if (settings.Annotations is { } file) return Sentences(extractor, file, settings, errors);
        var scores = CodingEvaluation.Run(extractor, settings.Gold, out int articles, errors, settings.Texts);
        if (articles == 0) throw new CliException($"No .gold.tsv file in '{settings.Gold}'.");
        console.Write(ScoreTable(scores));
        console.MarkupLineInterpolated($"{articles} articles");
        if (settings.Json)
        {
            var json = new Dictionary<string, object> { ["articles"] = articles };
            foreach (var s in scores) json[s.Field] = Json(s);
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(json));
        }
        return 0;
    }

    private int Sentences(EventExtractor extractor, string file, Settings settings, Action<string>? errors)
    {
        string dataDir = EventExtractor.ResolveDataDir(settings.Data);
        var rows = AnnotationReader.Read(file, PloverOntology.Load(dataDir));
        if (rows.Count == 0) throw new CliException($"'{file}' holds no annotated row.");
        var scores = new SentenceEvaluation(extractor, ActorKnowledgeBase.Load(dataDir)).Run(rows, errors);
        console.Write(ScoreTable(scores.Fields));
        console.MarkupLineInterpolated($"{scores.Rows} rows; type accuracy on one-event rows {scores.OneEventTypeAccuracy:F1}% ({scores.OneEventTypeCorrect}/{scores.OneEventRows}); records without a resolved actor {scores.NoActorShare:F1}% ({scores.RecordsWithoutActor}/{scores.Records})");
        console.Write(ConfusionTable(scores));
        if (settings.Json)
        {
            var json = new Dictionary<string, object>
            {
                ["rows"] = scores.Rows,
                ["one_event_type_accuracy"] = Math.Round(scores.OneEventTypeAccuracy, 2),
                ["one_event_rows"] = scores.OneEventRows,
                ["records"] = scores.Records,
                ["no_actor_share"] = Math.Round(scores.NoActorShare, 2),
            };
            foreach (var s in scores.Fields) json[s.Field] = Json(s);
            json["confusion"] = scores.Confusion.Select(kv => new { gold = kv.Key.Gold, coded = kv.Key.Coded, count = kv.Value }).OrderBy(x => x.gold).ThenBy(x => x.coded).ToList();
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(json));
        }
        return 0;
    }

    private static object Json(FieldScore s) => new { precision = Math.Round(s.Precision, 2), recall = Math.Round(s.Recall, 2), f1 = Math.Round(s.F1, 2), correct = s.Correct, predicted = s.Predicted, gold = s.Gold };

    private static Table ScoreTable(IEnumerable<FieldScore> scores)
    {
        var table = new Table().AddColumns("field", "precision", "recall", "F1", "correct", "predicted", "gold");
        foreach (var s in scores)
            table.AddRow(s.Field, $"{s.Precision:F1}", $"{s.Recall:F1}", $"{s.F1:F1}", $"{s.Correct}", $"{s.Predicted}", $"{s.Gold}");
        return table;
    }

    /// <summary>Annotated types down, coded types across; NONE is a missed event (column) or a spurious record (row).</summary>
    private static Table ConfusionTable(SentenceScores scores)
    {
        var types = scores.Confusion.Keys.SelectMany(k => new[] { k.Gold, k.Coded }).Distinct().OrderBy(t => t == "NONE" ? "~" : t, StringComparer.Ordinal).ToList();
        var table = new Table().Title("types: annotated (rows) x coded (columns)").AddColumn("");
        foreach (var t in types) table.AddColumn(t.Length > 4 ? t[..4] : t);
        foreach (var g in types)
            table.AddRow([g, .. types.Select(c => scores.Confusion.TryGetValue((g, c), out int n) ? $"{n}" : "")]);
        return table;
    }
}
