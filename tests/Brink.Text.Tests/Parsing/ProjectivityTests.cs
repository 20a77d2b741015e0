using Brink.Text.Parsing;

namespace Brink.Text.Tests.Parsing;

public sealed class ProjectivityTests
{
    [Fact]
    public void Lifting_then_lowering_restores_a_non_projective_tree()
    {
        // "A hearing is scheduled on the issue today ." : "on the issue" (5-6) attaches to "hearing" (1)
        // across the verb, a classic non-projective arc. 0-based heads, -1 root.
        int[] heads = [1, 3, 3, -1, 6, 6, 1, 3, 3];
        string[] labels = ["det", "nsubj", "aux", "root", "case", "det", "nmod", "obl", "punct"];
        var originalHeads = (int[])heads.Clone();
        var originalLabels = (string[])labels.Clone();

        int lifts = Projectivity.Projectivize(heads, labels);

        Assert.True(lifts > 0);
        for (int d = 0; d < heads.Length; d++)
            if (heads[d] >= 0) Assert.True(Projectivity.IsProjective(heads, heads[d], d), $"arc {heads[d]}->{d} still crosses");
        Assert.Equal("nmod|nsubj", labels[6]);

        var table = new LabelTable(labels.Concat(originalLabels).Distinct());
        var ids = labels.Select(table.Id).ToArray();
        Projectivity.Deprojectivize(heads, ids, table.Name, table.Add);
        Assert.Equal(originalHeads, heads);
        Assert.Equal(originalLabels, ids.Select(table.Name).ToArray());
    }

    [Fact]
    public void Projective_trees_are_left_alone()
    {
        int[] heads = [1, 2, -1, 2];
        string[] labels = ["det", "nsubj", "root", "punct"];
        Assert.Equal(0, Projectivity.Projectivize(heads, labels));
        Assert.Equal(new[] { 1, 2, -1, 2 }, heads);
    }
}
