using Brink.Text.Tests.Fixtures;

namespace Brink.Text.Tests.Pipeline;

/// <summary>A caller may have only some sentences parsed: those parse as they would alone in the pipeline, the others are marked.</summary>
public sealed class ParseFilterTests
{
    private static readonly Lazy<TextPipeline> Shipped = new(() => TextPipeline.Load(ShippedModels.Dir));

    private const string Text = "Foreign ministers met in Vienna on Monday. The weather was mild all week. They agreed to meet again.";

    [Fact]
    public void Sentences_left_out_are_marked_and_the_others_parse_as_in_a_full_run()
    {
        var full = Shipped.Value.Process(Text);
        var seenEntities = new List<bool>();
        var part = Shipped.Value.Process(Text, s =>
        {
            seenEntities.Add(s.Tokens.Any(t => t.Entity != "O"));
            return s.Index != 1;
        });
        Assert.Equal(3, part.SentenceCount);
        // The filter sees each sentence with its entities already found ("Vienna").
        Assert.Equal(new[] { true, false, false }, seenEntities);
        Assert.False(part.Sentence(1).IsParsed);
        Assert.All(part.Sentence(1).Tokens, t =>
        {
            Assert.Equal(-1, t.Head);
            Assert.True((t.Flags & TokenFlags.Unparsed) != 0);
        });
        foreach (int s in new[] { 0, 2 })
        {
            Assert.True(part.Sentence(s).IsParsed);
            Assert.Equal(full.Sentence(s).Tokens.Select(t => (t.Head, t.Dep, t.Upos, t.Lemma, t.Entity)),
                part.Sentence(s).Tokens.Select(t => (t.Head, t.Dep, t.Upos, t.Lemma, t.Entity)));
        }
        // The full parse gives the left-out sentence a root of its own.
        Assert.Contains(full.Sentence(1).Tokens, t => t.Dep == "root");
        Assert.All(full.Sentences, s => Assert.True(s.IsParsed));
    }
}
