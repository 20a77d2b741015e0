using ScottPlot;

namespace Brink.Analysis;

/// <summary>Draws a dyad's escalation index with its event weight per day (or week, or month), alerts and the events that moved it.</summary>
public static class DyadChart
{
    /// <summary>Writes the chart to <paramref name="path"/>: PNG or SVG by the extension.</summary>
    public static void Save(DyadSeries series, string path, int width = 1200, int height = 600) => Draw(series, path, [], width, height);

    /// <summary>Writes the chart with the onsets of <paramref name="crises"/> that fall in its range marked by labelled vertical lines.</summary>
    public static void Save(DyadSeries series, string path, IReadOnlyList<Crisis> crises) => Draw(series, path, crises, 1200, 600);

    private static void Draw(DyadSeries series, string path, IReadOnlyList<Crisis> crises, int width, int height)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".png" or ".svg")) throw new ArgumentException($"Chart file '{path}' must end in .png or .svg.");
        var layout = ChartLayout.For(series, width, height);
        var plot = new Plot();
        // A day's point sits in the middle of its day; a bar spans most of its day, week or month.
        var bars = plot.Add.Bars(layout.Bins.Select(b => new Bar
        {
            Position = ChartLayout.X(b.Start) + b.Days / 2.0, Value = b.Weight, Size = b.Days * 0.8,
            FillColor = Colors.Gray.WithAlpha(0.45), LineColor = Colors.Gray, LineWidth = 0.5f,
        }).ToList());
        bars.LegendText = $"event weight per {layout.BinName}";
        double[] xs = series.Days.Select(d => ChartLayout.X(d.Day) + 0.5).ToArray();
        var line = plot.Add.Scatter(xs, series.Days.Select(d => d.Index).ToArray());
        line.LegendText = "escalation index";
        line.LineWidth = 2;
        line.MarkerSize = series.Days.Count > 200 ? 0 : 3;
        line.Color = Colors.Navy;
        var alerts = series.Days.Where(d => d.Alert is not null).ToList();
        if (alerts.Count > 0)
        {
            var alertMarks = plot.Add.Markers(alerts.Select(d => ChartLayout.X(d.Day) + 0.5).ToArray(), alerts.Select(d => d.Index).ToArray(),
                MarkerShape.FilledTriangleUp, 14, Colors.Red);
            alertMarks.LegendText = "alert";
        }
        // The events that moved the index most are named above their points, so the reader sees why it moved; near an
        // edge the label is aligned inwards so the plot's border does not cut it.
        double reach = (layout.Right - layout.Left) * 0.12;
        foreach (var l in layout.Labels)
        {
            double x = ChartLayout.X(l.Day) + 0.5;
            var label = plot.Add.Text(l.Text, x, l.Index);
            label.LabelFontSize = 12;
            label.LabelFontColor = l.Escalating ? Colors.DarkRed : Colors.DarkGreen;
            label.LabelAlignment = x > layout.Right - reach ? Alignment.LowerRight : x < layout.Left + reach ? Alignment.LowerLeft : Alignment.LowerCenter;
            label.LabelOffsetY = -8;
        }
        // Known crisis onsets: a dashed line each, named inside the top of the plot (staggered, aligned inwards near the right edge).
        var marked = crises.Where(c => c.Onset >= series.From && c.Onset <= series.To).ToList();
        for (int k = 0; k < marked.Count; k++)
        {
            var c = marked[k];
            double x = ChartLayout.X(c.Onset) + 0.5;
            var color = c.Kind == CrisisKind.Escalation ? Colors.Purple : Colors.DarkGreen;
            plot.Add.VerticalLine(x, 1.5f, color, LinePattern.Dashed);
            var label = plot.Add.Text($"{c.Onset:yyyy-MM-dd} {c.Name}", x, layout.Top - (layout.Top - layout.Bottom) * 0.05 * (k % 3));
            label.LabelFontSize = 11;
            label.LabelFontColor = color;
            label.LabelAlignment = x > layout.Right - reach * 2 ? Alignment.UpperRight : Alignment.UpperLeft;
            label.LabelOffsetX = x > layout.Right - reach * 2 ? -4 : 4;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            layout.Ticks.Select(t => ChartLayout.X(t.Day) + 0.5).ToArray(), layout.Ticks.Select(t => t.Label).ToArray());
        plot.Axes.SetLimits(layout.Left, layout.Right, layout.Bottom, layout.Top);
        plot.Title($"Escalation {series.Actor} -> {series.Recipient}, {series.From:yyyy-MM-dd} to {series.To:yyyy-MM-dd}");
        plot.YLabel("index (conflict up, cooperation down)");
        plot.ShowLegend(Alignment.UpperLeft);
        if (ext == ".png") plot.SavePng(path, width, height);
        else plot.SaveSvg(path, width, height);
    }
}
