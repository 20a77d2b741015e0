using Brink.Coding.Syntax;
using Brink.Coding.Tests.Data;
using Brink.Text;

namespace Brink.Coding.Tests.Events;

/// <summary>A sentence tagged by the shipped pipeline with its tree set by the test, so a rule is checked whatever the parser of the day reads.</summary>
internal static class ForcedTree
{
    private static readonly Lazy<TextPipeline> Pipeline = new(() => TextPipeline.Load(Path.Combine(RepoData.Dir, "..", "models")));

    /// <summary>The sentence with heads <paramref name="heads"/> (1-based, 0 the root) and relations <paramref name="rels"/>.</summary>
    public static SentenceTree Of(string text, int[] heads, string[] rels)
    {
        var doc = Pipeline.Value.Process(text);
        var sentence = doc.Sentences.First();
        Assert.Equal(heads.Length, sentence.Length);
        var tree = new SentenceTree(doc, sentence, doc.Entities.ToList());
        for (int i = 0; i < heads.Length; i++) tree.Reattach(tree.First + i, heads[i] == 0 ? -1 : tree.First + heads[i] - 1, rels[i]);
        return tree;
    }
}
