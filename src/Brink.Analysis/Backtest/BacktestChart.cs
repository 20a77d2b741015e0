using ScottPlot;

namespace Brink.Analysis;

/// <summary>Draws the backtest's curves: hit rate against false alarms per dyad-year as the threshold moves, Brink and the baselines on one plot.</summary>
public static class BacktestChart
{
    /// <summary>Writes the chart to <paramref name="path"/>: PNG or SVG by the extension.</summary>
    public static void Save(BacktestReport report, string path, int width = 800, int height = 500)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".png" or ".svg")) throw new ArgumentException($"Chart file '{path}' must end in .png or .svg.");
        var plot = new Plot();
        double maxX = 0;
        foreach (var s in report.Scores)
        {
            var points = s.Curve.OrderBy(p => p.FalseAlarmsPerDyadYear).ThenBy(p => p.HitRate).ToList();
            var line = plot.Add.Scatter(points.Select(p => p.FalseAlarmsPerDyadYear).ToArray(), points.Select(p => 100 * p.HitRate).ToArray());
            line.LegendText = Label(s.Detector);
            line.LineWidth = s.Detector == Detector.Brink ? 2.5f : 1.5f;
            line.MarkerSize = 5;
            line.Color = s.Detector switch { Detector.Brink => Colors.Navy, Detector.EventCount => Colors.Gray, _ => Colors.DarkOrange };
            plot.Add.Marker(s.FalseAlarmsPerDyadYear, 100 * s.HitRate, MarkerShape.OpenCircle, 12, line.Color);
            maxX = Math.Max(maxX, points.Max(p => p.FalseAlarmsPerDyadYear));
        }
        var target = plot.Add.VerticalLine(1, 1, Colors.Red, LinePattern.Dashed);
        target.LegendText = "1 false alarm per dyad-year";
        plot.Axes.SetLimits(0, Math.Min(Math.Max(maxX, 2), 20) * 1.05, 0, 100);
        plot.Title($"Onsets caught, {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd} ({report.Crises}; circles: z = {report.Brink.Threshold})");
        plot.XLabel($"false alarms per dyad-year ({report.BusiestDyads} busiest dyads)");
        plot.YLabel("onsets caught (%)");
        plot.ShowLegend(Alignment.LowerRight);
        if (ext == ".png") plot.SavePng(path, width, height);
        else plot.SaveSvg(path, width, height);
    }

    private static string Label(Detector d) => d switch
    {
        Detector.Brink => "Brink alerts",
        Detector.EventCount => "baseline: event count spike",
        _ => "baseline: conflict score sum spike",
    };
}
