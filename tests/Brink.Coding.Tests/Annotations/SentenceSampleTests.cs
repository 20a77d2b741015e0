using Brink.Coding.Annotations;

namespace Brink.Coding.Tests.Annotations;

public sealed class SentenceSampleTests
{
    /// <summary>600 rows over three years: 100 in 2002, 200 in 2003, 300 in 2004.</summary>
    private static List<CurrentEventsRow> Rows() =>
        Enumerable.Range(0, 600).Select(i => new CurrentEventsRow(i + 2, new DateOnly(i < 100 ? 2002 : i < 300 ? 2003 : 2004, 1 + i % 12, 1 + i % 28), "", $"row {i}", "")).ToList();

    [Fact]
    public void Each_year_gets_its_share_of_the_sample()
    {
        var sample = SentenceSample.Draw(Rows(), 60, seed: 7);
        Assert.Equal(60, sample.Count);
        Assert.Equal(60, sample.Select(r => r.Line).Distinct().Count());
        var perYear = sample.GroupBy(r => r.Date.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<int, int> { [2002] = 10, [2003] = 20, [2004] = 30 }, perYear);
    }

    [Fact]
    public void The_same_seed_gives_the_same_sample_and_another_seed_another()
    {
        var a = SentenceSample.Draw(Rows(), 50, seed: 14).Select(r => r.Line).ToList();
        var b = SentenceSample.Draw(Rows(), 50, seed: 14).Select(r => r.Line).ToList();
        var c = SentenceSample.Draw(Rows(), 50, seed: 15).Select(r => r.Line).ToList();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1 }, 2, new[] { 1, 1, 0 })]
    [InlineData(new[] { 5, 3, 2 }, 7, new[] { 4, 2, 1 })]
    [InlineData(new[] { 10, 0, 10 }, 5, new[] { 3, 0, 2 })]
    public void Quotas_round_down_then_give_the_largest_remainders_one_more(int[] sizes, int count, int[] expected) =>
        Assert.Equal(expected, SentenceSample.Quotas(sizes, count));

    [Fact]
    public void A_sample_larger_than_the_rows_is_refused() =>
        Assert.Throws<ArgumentException>(() => SentenceSample.Draw(Rows(), 601, seed: 1));
}
