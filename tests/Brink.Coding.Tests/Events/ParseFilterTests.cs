using Brink.Coding.Events;
using Brink.Coding.Tests.Data;
using Brink.Text;

namespace Brink.Coding.Tests.Events;

/// <summary>The coder has only the sentences with an event word parsed; the names of the others still count for later pronouns.</summary>
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

    [Fact]
    public void Coding_parses_only_sentences_with_an_event_word_and_still_knows_the_names_of_the_others()
    {
        var (pipeline, coder) = Loaded.Value;
        var article = EventExtractor.ReadArticle(Article, "fixture");
        string text = Brink.Coding.Articles.DatelineMask.Apply(article.Text);
        var full = coder.Code(article, pipeline.Process(text));
        var part = pipeline.Process(text, s => coder.ReadsParse(article, s));
        var filtered = coder.Code(article, part);
        // The same events, from the same words.
        Assert.NotEmpty(full);
        Assert.Equal(full.Select(e => (e.EventType, e.Trigger.Start)), filtered.Select(e => (e.EventType, e.Trigger.Start)));
        // Left out: the sentence with no event word and no name, the photo credit, and the one that only names Fidan.
        var left = part.Sentences.Where(s => !s.IsParsed).Select(s => s.Text).ToList();
        Assert.Contains("The weather was mild all week.", left);
        Assert.Contains(left, s => s.Contains("Hakan Fidan"));
        // "He" still refers to the name in the unparsed sentence.
        var condemned = Assert.Single(filtered, e => e.Trigger.Text == "condemned");
        Assert.Equal("Hakan Fidan", Assert.Single(condemned.Actor).Name);
    }
}
