using ScottPlot;

namespace Brink.Analysis;

/// <summary>Draws a dyad's escalation index with its daily event weight, alerts and the events that moved it.</summary>
public static class DyadChart
{
    /// <summary>Writes the chart to <paramref name="path"/>: PNG or SVG by the extension.</summary>
    public static void Save(DyadSeries series, string path, int width = 1200, int height = 600)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".png" or ".svg")) throw new ArgumentException($"Chart file '{path}' must end in .png or .svg.");
        var plot = new Plot();
        double[] xs = series.Days.Select(d => d.Day.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        var bars = plot.Add.Bars(xs, series.Days.Select(d => d.Weight).ToArray());
        bars.LegendText = "daily event weight";
        bars.Color = Colors.Gray.WithAlpha(0.45);
        var line = plot.Add.Scatter(xs, series.Days.Select(d => d.Index).ToArray());
        line.LegendText = "escalation index";
        line.LineWidth = 2;
        line.MarkerSize = 3;
        line.Color = Colors.Navy;
        var alerts = series.Days.Where(d => d.Alert is not null).ToList();
        if (alerts.Count > 0)
        {
            var marks = plot.Add.Markers(alerts.Select(d => d.Day.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(),
                alerts.Select(d => d.Index).ToArray(), MarkerShape.FilledTriangleUp, 14, Colors.Red);
            marks.LegendText = "alert";
        }
        // The events that moved the index most are named on the chart, so the reader sees why it moved.
        foreach (var d in series.Days.Where(d => d.TopEvents.Count > 0).OrderByDescending(d => Math.Abs(d.Weight)).Take(8))
        {
            var e = d.TopEvents[0];
            var label = plot.Add.Text($"{e.EventType} x{e.Articles}", d.Day.ToDateTime(TimeOnly.MinValue).ToOADate(), d.Index);
            label.LabelFontSize = 11;
            label.LabelFontColor = e.Weight > 0 ? Colors.DarkRed : Colors.DarkGreen;
            label.LabelRotation = -30;
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Title($"Escalation {series.Actor} -> {series.Recipient}, {series.From:yyyy-MM-dd} to {series.To:yyyy-MM-dd}");
        plot.YLabel("index (conflict up, cooperation down)");
        plot.ShowLegend(Alignment.UpperLeft);
        if (ext == ".png") plot.SavePng(path, width, height);
        else plot.SaveSvg(path, width, height);
    }
}
