using System.Text;
using System.Text.Json;
using Brink.Coding.Events;
using Brink.Coding.Tests.Data;
using Brink.Text;

namespace Brink.Coding.Tests.Events;

/// <summary>The coder has only the sentences it reads parsed, and that must change no record.</summary>
public sealed class ParseFilterTests
{
    private static readonly Lazy<(TextPipeline Pipeline, EventCoder Coder)> Loaded = new(() =>
        (TextPipeline.Load(Path.Combine(RepoData.Dir, "..", "models")), new EventCoder(CodingKnowledge.Load(RepoData.Dir))));

    private const string Article = """
        Title: Turkey presses for a Gaza ceasefire
        Published: 2024-04-16
        Outlet: Brink Wire

        ANKARA (Brink Wire) - Hakan Fidan, Turkey's foreign minister, was in Cairo on Monday.

        The weather was mild all week.

        He later condemned the Israeli strikes on Rafah and urged Washington to halt arms shipments.

        Photo: Brink Wire

        Egyptian officials said the talks would continue. Iran warned it would respond to any attack.
        """;

    private static string Json(IEnumerable<EventRecord> records)
    {
        var sb = new StringBuilder();
        foreach (var e in records)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream)) EventJsonWriter.Write(e, w);
            sb.AppendLine(Encoding.UTF8.GetString(stream.ToArray()));
        }
        return sb.ToString();
    }

    [Fact]
    public void Coding_with_only_the_sentences_it_reads_parsed_gives_the_same_records()
    {
        var (pipeline, coder) = Loaded.Value;
        var article = EventExtractor.ReadArticle(Article, "fixture");
        string text = Brink.Coding.Articles.DatelineMask.Apply(article.Text);
        var full = coder.Code(article, pipeline.Process(text));
        var part = pipeline.Process(text, s => coder.ReadsParse(article, s));
        var filtered = coder.Code(article, part);
        Assert.NotEmpty(full);
        Assert.Equal(Json(full), Json(filtered));
        // The filter did leave sentences out: the one with no entity and no event word, and the photo credit.
        var left = part.Sentences.Where(s => !s.IsParsed).Select(s => s.Text).ToList();
        Assert.Contains("The weather was mild all week.", left);
        // "He" needs the sentence naming Fidan parsed, though no event happens in it.
        Assert.Contains(part.Sentences, s => s.IsParsed && s.Text.Contains("Hakan Fidan"));
    }
}
