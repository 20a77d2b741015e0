using Brink.Coding.Annotations;

namespace Brink.Coding.Tests.Annotations;

public sealed class DaySplitTests
{
    [Fact]
    public void Every_row_of_a_day_lands_in_one_split_whatever_else_is_annotated()
    {
        var days = Enumerable.Range(0, 3000).Select(i => new DateOnly(2002, 7, 1).AddDays(i)).ToList();
        var first = days.ToDictionary(d => d, d => DaySplit.Of(d, seed: 14));
        // Asking again, in another order and with other days around, gives each day the same split.
        foreach (var d in days.AsEnumerable().Reverse().Where((_, i) => i % 3 == 0)) Assert.Equal(first[d], DaySplit.Of(d, seed: 14));
        var share = first.Values.GroupBy(s => s).ToDictionary(g => g.Key, g => (double)g.Count() / days.Count);
        Assert.InRange(share[AnnotationSplit.Train], 0.66, 0.74);
        Assert.InRange(share[AnnotationSplit.Dev], 0.12, 0.18);
        Assert.InRange(share[AnnotationSplit.Test], 0.12, 0.18);
    }

    [Fact]
    public void Another_seed_assigns_days_differently()
    {
        var days = Enumerable.Range(0, 200).Select(i => new DateOnly(2020, 1, 1).AddDays(i)).ToList();
        Assert.NotEqual(days.Select(d => DaySplit.Of(d, 14)), days.Select(d => DaySplit.Of(d, 15)));
    }
}
