using Brink.Analysis;
using Brink.Coding;
using Brink.Store;

namespace Brink.Analysis.Tests;

public sealed class ReportMergerTests
{
    private static readonly DateOnly D = new(2027, 3, 5);
    private readonly ReportMerger _rule = new();

    private static ReportFacts F(long id, DateOnly? start, DatePrecision p = DatePrecision.Day, string recipient = "GUY", string? place = null, DateOnly? end = null) =>
        new(id, "ASSAULT", "VEN", recipient, start, end ?? start, p.ToString().ToLowerInvariant(), place);

    private string Key(ReportFacts r, params ReportFacts[] all) => _rule.EventKeysOf([r], all)[0];

    [Fact]
    public void SameDaySameRecipientIsOneEventAndAnotherDayIsNot()
    {
        var a = F(1, D); var b = F(2, D); var c = F(3, D.AddDays(1));
        Assert.Equal(Key(a, a, b, c), Key(b, a, b, c));
        Assert.NotEqual(Key(a, a, b, c), Key(c, a, b, c));
    }

    [Fact]
    public void DifferentKnownRecipientsOrPlacesStayApart()
    {
        var a = F(1, D); var b = F(2, D, recipient: "BRA");
        Assert.NotEqual(Key(a, a, b), Key(b, a, b));
        var x = F(3, D, place: "GUY"); var y = F(4, D, place: "VEN");
        Assert.NotEqual(Key(x, x, y), Key(y, x, y));
    }

    [Fact]
    public void AReportWithoutRecipientOrPlaceJoinsTheBestReportedEventOfItsDay()
    {
        var g1 = F(1, D, place: "GUY"); var g2 = F(2, D, place: "GUY"); var b = F(3, D, recipient: "BRA");
        var vague = F(4, D, recipient: "-");
        var all = new[] { g1, g2, b, vague };
        Assert.Equal(Key(g1, all), Key(vague, all));
        var unplaced = F(5, D);
        Assert.Equal(Key(g1, [.. all, unplaced]), Key(unplaced, [.. all, unplaced]));
    }

    [Fact]
    public void AWeekDatedReportJoinsTheBestReportedCompatibleDayInsideItsSpan()
    {
        var monday = F(1, D.AddDays(-4)); var friday1 = F(2, D); var friday2 = F(3, D);
        var week = F(4, D.AddDays(-4), DatePrecision.Week, end: D.AddDays(2));
        var all = new[] { monday, friday1, friday2, week };
        Assert.Equal(Key(friday1, all), Key(week, all));
        var outside = F(5, D.AddDays(10), DatePrecision.Week, end: D.AddDays(16));
        Assert.StartsWith("span|", Key(outside, [.. all, outside]));
    }

    [Fact]
    public void APublicationDatedReportMayBeAboutTheDayBefore()
    {
        var strike = F(1, D); var next = F(2, D.AddDays(1), DatePrecision.Publication);
        Assert.Equal(Key(strike, strike, next), Key(next, strike, next));
        Assert.Equal((D, D.AddDays(1)), _rule.DaysOf(next));
    }

    [Fact]
    public void KeysDependOnTheSetNotTheOrder()
    {
        var rng = new Random(7);
        var reports = Enumerable.Range(1, 40).Select(i => F(i, D.AddDays(rng.Next(10)),
            (DatePrecision)new[] { 0, 0, 0, 1, 4, 5 }[rng.Next(6)], rng.Next(4) == 0 ? "-" : rng.Next(2) == 0 ? "GUY" : "BRA",
            rng.Next(3) == 0 ? "GUY" : null, null)).Select(f => f.Precision is "week" or "range" ? f with { End = f.Start!.Value.AddDays(6) } : f).ToList();
        var expected = reports.Select(r => Key(r, [.. reports])).ToList();
        for (int trial = 0; trial < 20; trial++)
        {
            var shuffled = reports.OrderBy(_ => rng.Next()).ToArray();
            Assert.Equal(expected, reports.Select(r => Key(r, shuffled)).ToList());
        }
    }

    [Fact]
    public void UndatedReportsAreTheirOwnEvents()
    {
        var a = F(1, null); var b = F(2, null);
        Assert.NotEqual(Key(a, a, b), Key(b, a, b));
        Assert.Null(_rule.DaysOf(a));
    }
}
