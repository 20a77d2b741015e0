using Brink.Analysis;
using Brink.Store;

namespace Brink.Analysis.Tests;

public sealed class EscalationTests
{
    private static readonly DateOnly D = new(2027, 3, 5);

    private static DyadReport R(string key, DateOnly day, double score, string modality = "asserted", long article = 1, bool named = false, int unnamed = 0,
        string outlet = "Wire") =>
        new(article * 100 + key.GetHashCode() % 50, key, day, score < 0 ? "ASSAULT" : "CONSULT", score < -4 ? "material_conflict" : "verbal_cooperation", score,
            modality, named, 0, unnamed, article, outlet, "T", "struck");

    [Fact]
    public void ModalityRanksAssertedOverClaimedOverConditionalOverNegated()
    {
        Assert.True(EscalationWeights.Modality("asserted") > EscalationWeights.Modality("claimed"));
        Assert.True(EscalationWeights.Modality("claimed") > EscalationWeights.Modality("conditional"));
        Assert.True(EscalationWeights.Modality("conditional") > EscalationWeights.Modality("negated"));
        Assert.Equal(0, EscalationWeights.Modality("negated"));
    }

    [Fact]
    public void NamedAndMultipleSourcesWeighMoreThanOneAnonymousSource()
    {
        double named = EscalationWeights.Of([R("e", D, -9, named: true)]);
        double several = EscalationWeights.Of([R("e", D, -9, unnamed: 3)]);
        double one = EscalationWeights.Of([R("e", D, -9, unnamed: 1)]);
        Assert.True(named > several && several > one && one > 0);
    }

    [Fact]
    public void MoreIndependentArticlesWeighMoreAndCooperationCountsDown()
    {
        double single = EscalationWeights.Of([R("e", D, -9)]);
        double triple = EscalationWeights.Of([R("e", D, -9, article: 1), R("e", D, -9, article: 2), R("e", D, -9, article: 3)]);
        Assert.True(triple > single);
        Assert.True(EscalationWeights.Of([R("c", D, 2.5)]) < 0);
    }

    [Fact]
    public void AStrikeAfterAQuietMonthAlertsAndTheIndexDecaysAfterwards()
    {
        var reports = new List<DyadReport>();
        for (int i = 0; i < 30; i += 3) reports.Add(R("quiet" + i, D.AddDays(-30 + i), -2));
        reports.Add(R("strike", D, -9, article: 1));
        reports.Add(R("strike", D, -9, article: 2, outlet: "Post"));
        var series = DyadSeries.Build("VEN", "GUY", reports, D.AddDays(-20), D.AddDays(10), new EscalationSettings());
        var alert = Assert.Single(series.Alerts);
        Assert.Equal((D, "escalation"), (alert.Day, alert.Direction));
        Assert.Equal("strike", alert.Drivers[0].Key);
        var day = series.Days.Single(d => d.Day == D);
        Assert.Equal(1, day.Events);
        Assert.Equal(1.0, day.MaterialConflictShare);
        var after = series.Days.Single(d => d.Day == D.AddDays(3)).Index;
        Assert.InRange(after, day.Index * 0.4, day.Index * 0.6);
    }

    [Fact]
    public void ARoutineDyadDoesNotAlertOnItsUsualEvents()
    {
        var reports = Enumerable.Range(0, 60).Select(i => R("routine" + i, D.AddDays(i), -7)).ToList();
        var series = DyadSeries.Build("A", "B", reports, D.AddDays(45), D.AddDays(59), new EscalationSettings());
        Assert.Empty(series.Alerts);
        Assert.Equal(15, series.Days.Count);
    }

    [Fact]
    public void ChartsAreWrittenAsPngAndSvg()
    {
        var reports = new List<DyadReport> { R("strike", D, -9), R("talks", D.AddDays(2), 4) };
        var series = DyadSeries.Build("VEN", "GUY", reports, D.AddDays(-5), D.AddDays(5), new EscalationSettings());
        var dir = Directory.CreateTempSubdirectory("brink-chart-").FullName;
        try
        {
            DyadChart.Save(series, Path.Combine(dir, "c.png"));
            DyadChart.Save(series, Path.Combine(dir, "c.svg"));
            var png = File.ReadAllBytes(Path.Combine(dir, "c.png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(dir, "c.svg")));
            Assert.Throws<ArgumentException>(() => DyadChart.Save(series, Path.Combine(dir, "c.jpg")));
        }
        finally { Directory.Delete(dir, true); }
    }
}
