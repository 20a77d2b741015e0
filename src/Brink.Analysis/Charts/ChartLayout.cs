using System.Globalization;

namespace Brink.Analysis;

/// <summary>
/// What a dyad chart shows, worked out before drawing: bars per day, week or month (whichever stays visible at the
/// chart's width), ISO date ticks inside the range, axis limits with room for the labels and the outer tick labels,
/// and the labels of the events that moved the index, counted as the dyad table counts them (events, not reports).
/// </summary>
internal sealed record ChartLayout(string BinName, IReadOnlyList<ChartBin> Bins, IReadOnlyList<(DateOnly Day, string Label)> Ticks,
    double Left, double Right, double Bottom, double Top, IReadOnlyList<ChartLabel> Labels)
{
    /// <summary>Narrowest bar worth drawing, in pixels: below it bars of days become weeks, and weeks months.</summary>
    private const double MinBarPixels = 4;

    /// <summary>Room for a tick label ("2027-03-15" is about 75 px) between the plot's edge and the first or last tick.</summary>
    private const double EdgePixels = 40;

    /// <summary>Space between tick labels.</summary>
    private const double TickPixels = 120;

    public static ChartLayout For(DyadSeries series, int width, int height)
    {
        var days = series.Days;
        double plotWidth = Math.Max(200, width - 110); // the y axis and its title take the rest
        int span = Math.Max(1, series.To.DayNumber - series.From.DayNumber + 1);
        double perDay = plotWidth / span;
        var (name, bins) = perDay >= MinBarPixels ? ("day", Bin(days, d => d, _ => 1))
            : perDay * 7 >= MinBarPixels ? ("week", Bin(days, d => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)), _ => 7))
            : ("month", Bin(days, d => new DateOnly(d.Year, d.Month, 1), d => DateTime.DaysInMonth(d.Year, d.Month)));
        double pad = Math.Max(0.5, EdgePixels / perDay);
        double left = X(series.From) - pad, right = X(series.To) + 1 + pad;
        var values = days.Select(d => d.Index).Concat(bins.Select(b => b.Weight)).Append(0).ToList();
        double lo = values.Min(), hi = Math.Max(1, values.Max()), range = hi - lo;
        // Labels sit above their points: the top leaves them a fifth of the height.
        double bottom = lo - range * 0.05, top = hi + range * 0.2, plotHeight = Math.Max(100, height - 100);
        var placed = new List<(double X, double Y, double W)>();
        var labels = LabelsOf(days).Where(l =>
        {
            // A label that would cover one already placed (a heavier day's) is left out: a pile of labels reads as none.
            double x = (X(l.Day) + 0.5 - left) / (right - left) * plotWidth, y = (top - l.Index) / (top - bottom) * plotHeight, w = l.Text.Length * 7.5;
            if (placed.Any(p => Math.Abs(p.X - x) < (p.W + w) / 2 && Math.Abs(p.Y - y) < 18)) return false;
            placed.Add((x, y, w));
            return true;
        }).ToList();
        return new ChartLayout(name, bins, TicksOf(series.From, series.To, (int)Math.Max(2, plotWidth / TickPixels)), left, right, bottom, top, labels);
    }

    /// <summary>Chart x of a day: days since 1899-12-30 (OLE automation dates, which ScottPlot's date axes use too).</summary>
    public static double X(DateOnly day) => day.DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    private static List<ChartBin> Bin(IReadOnlyList<DyadDay> days, Func<DateOnly, DateOnly> start, Func<DateOnly, int> length) =>
        days.GroupBy(d => start(d.Day)).Select(g => new ChartBin(g.Key, length(g.Key), g.Sum(d => d.Weight), g.Sum(d => d.Events))).ToList();

    /// <summary>The events that moved the index most (the eight heaviest days), each with its type's count that day, as the table gives it.</summary>
    private static List<ChartLabel> LabelsOf(IReadOnlyList<DyadDay> days) =>
        days.Where(d => d.TopEvents.Count > 0).OrderByDescending(d => Math.Abs(d.Weight)).Take(8).Select(d =>
        {
            var e = d.TopEvents[0];
            int n = Math.Max(1, d.TypeCounts.GetValueOrDefault(e.EventType));
            return new ChartLabel(d.Day, d.Index, $"{e.EventType} ({n} event{(n == 1 ? "" : "s")})", e.Weight > 0);
        }).ToList();

    /// <summary>At most <paramref name="max"/> ticks on round dates (days, Mondays, first of months, first of years) within [from, to].</summary>
    private static List<(DateOnly, string)> TicksOf(DateOnly from, DateOnly to, int max)
    {
        int span = to.DayNumber - from.DayNumber + 1;
        foreach (int step in new[] { 1, 2, 7, 14 })
        {
            if (span / step + 1 > max) continue;
            var first = step < 7 ? from : from.AddDays((8 - (int)from.DayOfWeek) % 7);
            return Walk(first, to, d => d.AddDays(step));
        }
        foreach (int months in new[] { 1, 2, 3, 6, 12, 24, 60, 120 })
        {
            if (span / (30.4 * months) + 1 > max && months < 120) continue;
            var first = new DateOnly(from.Year, from.Month, 1);
            if (first < from) first = first.AddMonths(1);
            // Months on multiples of the step (January, April... for quarters) so the ticks read as a calendar.
            while ((first.Month - 1) % Math.Min(months, 12) != 0 || (months > 12 && first.Year % (months / 12) != 0)) first = first.AddMonths(1);
            return Walk(first, to, d => d.AddMonths(months));
        }
        return [];
    }

    private static List<(DateOnly, string)> Walk(DateOnly first, DateOnly last, Func<DateOnly, DateOnly> next)
    {
        var ticks = new List<(DateOnly, string)>();
        for (var d = first; d <= last; d = next(d)) ticks.Add((d, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return ticks;
    }
}
