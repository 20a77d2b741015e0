using Brink.Coding.Data;
using Brink.Coding.Evaluation;
using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Evaluation;

public sealed class CodingEvaluationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-gold-").FullName;
    // The rule coder, so the expected events below do not move with the trained model.
    private static readonly Lazy<EventExtractor> Extractor = new(() => EventExtractor.Load(Path.Combine(RepoData.Dir, "..", "models"), RepoData.Dir, model: null));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Header = "trigger\toccurrence\ttype\tmode\tactor\tactor_text\trecipient\tdate\tmodality\tspeaker\tsources\tnotes\n";

    private void Write(string name, string article, string gold)
    {
        File.WriteAllText(Path.Combine(_dir, name + ".txt"), article);
        File.WriteAllText(Path.Combine(_dir, name + ".gold.tsv"), Header + gold);
    }

    [Fact]
    public void A_correctly_coded_event_scores_full_marks_and_a_missed_one_costs_recall()
    {
        Write("01-meeting", "Title: Talks\nPublished: 2024-04-16\nOutlet: Brink Wire\n\nBlinken met Gantz in Tel Aviv on Monday. The weather was mild.\n",
            "met\t1\tCONSULT\t\tUSA/GOV\tBlinken\tISR/GOV\t2024-04-15\tasserted\t\t\t\n" +
            "weather\t1\tPROTEST\t\tUSA/GOV\tweather\t\t\tasserted\t\t\tdeliberately wrong: nothing codes the weather\n");
        var scores = CodingEvaluation.Run(Extractor.Value, _dir, out int articles).ToDictionary(s => s.Field);
        Assert.Equal(1, articles);
        Assert.Equal(2, scores["event"].Gold);
        Assert.Equal(1, scores["event"].Predicted);
        Assert.Equal(1, scores["event"].Correct);
        foreach (var field in new[] { "type", "actor", "recipient", "date", "modality", "attribution" })
            Assert.Equal(1, scores[field].Correct);
        Assert.Equal(100.0, scores["type"].Precision);
        Assert.Equal(50.0, scores["type"].Recall);
    }

    [Fact]
    public void The_error_list_names_missed_events_disagreeing_fields_and_spurious_events()
    {
        Write("01-meeting", "Title: Talks\nPublished: 2024-04-16\nOutlet: Brink Wire\n\nBlinken met Gantz in Tel Aviv on Monday. Russian forces attacked Kharkiv on Monday. The weather was mild.\n",
            "met\t1\tCONSULT\t\tUSA/GOV\tBlinken\tISR/GOV\t2024-04-14\tasserted\t\t\tdeliberately wrong date\n" +
            "weather\t1\tPROTEST\t\tUSA/GOV\tweather\t\t\tasserted\t\t\tdeliberately wrong: nothing codes the weather\n");
        var errors = new List<string>();
        CodingEvaluation.Run(Extractor.Value, _dir, out _, errors.Add);
        Assert.Contains(errors, e => e.StartsWith("01-meeting.gold.tsv:3 'weather': missed PROTEST", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("01-meeting.gold.tsv:2 'met': date expected 2024-04-14, got 2024-04-15", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("01-meeting.gold.tsv: spurious ASSAULT 'attacked'", StringComparison.Ordinal));
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void A_trigger_missing_from_the_text_names_file_and_line()
    {
        Write("02-bad", "Title: x\nPublished: 2024-04-16\n\nNothing happened.\n", "stormed\t1\tASSAULT\t\t?\t\t\t\tasserted\t\t\t\n");
        var e = Assert.Throws<DataFormatException>(() => CodingEvaluation.Run(Extractor.Value, _dir, out _));
        Assert.Contains("02-bad.gold.tsv", e.Message);
        Assert.Contains("stormed", e.Message);
    }
}
