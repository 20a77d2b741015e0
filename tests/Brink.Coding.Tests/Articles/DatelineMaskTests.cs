using Brink.Coding.Articles;

namespace Brink.Coding.Tests.Articles;

public sealed class DatelineMaskTests
{
    [Theory]
    [InlineData("TIRANA (Example Wire) — Albania signed a deal.", "Albania signed a deal.")]
    [InlineData("OSLO — Norway recalled its envoy.", "Norway recalled its envoy.")]
    [InlineData("LIMA/QUITO, June 3 (Example Wire) - Peru and Ecuador met.", "Peru and Ecuador met.")]
    [InlineData("Intro paragraph.\nSÃO PAULO – Brazil protested.", "Brazil protested.")]
    [InlineData("09:20 — Riot police fired tear gas.", "Riot police fired tear gas.")]
    [InlineData("Live coverage.\n14:05 GMT: Protesters gathered again.", "Protesters gathered again.")]
    [InlineData("9.45 a.m. - The minister resigned.", "The minister resigned.")]
    [InlineData("08:35 EAT — A coalition of medical groups says 13 people died.", "A coalition of medical groups says 13 people died.")]
    public void Datelines_are_blanked_and_offsets_kept(string text, string body)
    {
        string masked = DatelineMask.Apply(text);
        Assert.Equal(text.Length, masked.Length);
        Assert.EndsWith(body, masked);
        Assert.Equal(text.IndexOf(body, StringComparison.Ordinal), masked.IndexOf(body, StringComparison.Ordinal));
        Assert.DoesNotContain("(", masked[..masked.IndexOf(body, StringComparison.Ordinal)]);
    }

    [Theory]
    [InlineData("NATO - the alliance - met on Monday.")]
    [InlineData("The minister said Oslo - not Tirana - would host.")]
    [InlineData("Albania signed a deal - a big one.")]
    [InlineData("The vote was 12 - 3 in favour.")]
    [InlineData("At 10:15 - the agreed hour - the talks began.")]
    public void Ordinary_sentences_are_left_alone(string text)
    {
        Assert.Equal(text, DatelineMask.Apply(text));
    }
}
