using System.Globalization;
using System.Text.RegularExpressions;
using Brink.Analysis;
using Brink.Store;

namespace Brink.Analysis.Tests;

/// <summary>
/// `brink dyad --plot` and the demo charts (issue 17): labels count events as the dyad table does, ISO dates, nothing
/// clipped at the plot's edges, and bars that stay visible over years. Read from the SVG the chart writes.
/// </summary>
public sealed partial class DyadChartTests
{
    private const int Width = 1200;
    private static readonly DateOnly D = new(2027, 3, 5);

    private static DyadReport R(string key, DateOnly day, double score, long article) =>
        new(article * 1000 + day.DayNumber % 1000, key, day, "ASSAULT", "material_conflict", score, "asserted", true, 0, 0, article, "Wire " + article, "T", "struck");

    [Fact]
    public void A_label_counts_events_as_the_table_does_not_the_articles_that_report_them()
    {
        // One attack reported by nine articles: the table says 1 event, so must the label.
        var reports = Enumerable.Range(1, 9).Select(a => R("strike", D, -9, a)).Append(R("raid", D.AddDays(3), -9, 20)).ToList();
        var series = DyadSeries.Build("VEN", "GUY", reports, D.AddDays(-6), D.AddDays(7), new EscalationSettings());
        Assert.Equal(1, series.Days.Single(d => d.Day == D).Events);
        var texts = Texts(Svg(series)).Select(t => t.Text).ToList();
        Assert.Contains("ASSAULT (1 event)", texts);
        Assert.DoesNotContain(texts, t => XCount().IsMatch(t));
    }

    [Fact]
    public void Dates_are_iso_and_no_label_or_tick_is_clipped()
    {
        var reports = Enumerable.Range(0, 14).Select(i => R("e" + i, D.AddDays(i), i % 3 == 0 ? -9 : -2, i + 1)).ToList();
        var series = DyadSeries.Build("VEN", "GUY", reports, D, D.AddDays(13), new EscalationSettings());
        string svg = Svg(series);
        var texts = Texts(svg);
        Assert.True(texts.Count(t => IsoDay().IsMatch(t.Text)) >= 3, "too few ISO date ticks");
        Assert.DoesNotContain(texts, t => UsDay().IsMatch(t.Text));
        foreach (var t in texts) Assert.True(t.Left >= 0 && t.Right <= Width, $"'{t.Text}' runs from {t.Left:F0} to {t.Right:F0} px");
        // Event labels stay inside the data area, whose border would cut them.
        var area = DataArea().Match(svg);
        double top = double.Parse(area.Groups[2].Value, CultureInfo.InvariantCulture), left = double.Parse(area.Groups[1].Value, CultureInfo.InvariantCulture);
        double right = left + double.Parse(area.Groups[3].Value, CultureInfo.InvariantCulture);
        var labels = texts.Where(t => t.Text.Contains(" event", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(labels);
        foreach (var l in labels) Assert.True(l.Top >= top && l.Left >= left && l.Right <= right, $"label '{l.Text}' at {l.Left:F0},{l.Top:F0} leaves the data area");
    }

    [Fact]
    public void Over_two_years_the_bars_stay_visible()
    {
        var reports = Enumerable.Range(0, 160).Select(i => R("e" + i, D.AddDays(i * 5), -9, i + 1)).ToList();
        var series = DyadSeries.Build("VEN", "GUY", reports, D, D.AddDays(799), new EscalationSettings());
        var bars = BarFill().Matches(Svg(series)).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(bars.Count >= 50, $"{bars.Count} bars");
        Assert.All(bars, w => Assert.True(w >= 3, $"a bar {w:F1} px wide"));
    }

    [Fact]
    public void Known_crisis_onsets_in_the_range_are_named_inside_the_chart()
    {
        var reports = Enumerable.Range(0, 14).Select(i => R("e" + i, D.AddDays(i), -2, i + 1)).ToList();
        var series = DyadSeries.Build("VEN", "GUY", reports, D, D.AddDays(13), new EscalationSettings());
        Crisis[] crises =
        [
            new(D.AddDays(2), "VEN", "GUY", CrisisKind.Escalation, "Strike", "https://a"),
            new(D.AddDays(13), "GUY", "VEN", CrisisKind.Deescalation, "A truce with a long name at the very end", "https://b"),
            new(D.AddDays(40), "VEN", "GUY", CrisisKind.Escalation, "Outside the range", "https://c"),
        ];
        var texts = Texts(Svg(series, crises));
        var marks = texts.Where(t => t.Text.StartsWith(D.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) && t.Text.Contains(' ', StringComparison.Ordinal)).ToList();
        Assert.Equal([$"{D.AddDays(2):yyyy-MM-dd} Strike", $"{D.AddDays(13):yyyy-MM-dd} A truce with a long name at the very end"], marks.Select(t => t.Text).Order());
        foreach (var t in marks) Assert.True(t.Left >= 0 && t.Right <= Width, $"'{t.Text}' runs from {t.Left:F0} to {t.Right:F0} px");
        // The first is left of the second, as its day is.
        Assert.True(marks.Single(t => t.Text.EndsWith("Strike", StringComparison.Ordinal)).Left < marks.Single(t => t.Text.EndsWith("end", StringComparison.Ordinal)).Right);
    }

    private static string Svg(DyadSeries series, IReadOnlyList<Crisis>? crises = null)
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-chart-{Guid.NewGuid():N}.svg");
        try
        {
            if (crises is null) DyadChart.Save(series, path, Width, 600);
            else DyadChart.Save(series, path, crises);
            return File.ReadAllText(path);
        }
        finally { File.Delete(path); }
    }

    /// <summary>Each text with its box: ScottPlot writes translate(left top) and the x offset of every glyph.</summary>
    private static List<(string Text, double Left, double Right, double Top)> Texts(string svg) =>
        TextElement().Matches(svg).Select(m =>
        {
            var at = m.Groups["at"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var glyphs = m.Groups["xs"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            double size = double.Parse(m.Groups["size"].Value, CultureInfo.InvariantCulture);
            // The last glyph's offset plus about one glyph's width.
            return (System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value.Trim()), at[^2], at[^2] + (glyphs.Length > 0 ? glyphs[^1] : 0) + size * 0.6, at[^1]);
        }).ToList();

    [GeneratedRegex("""<text[^>]*transform="(?:translate|matrix)\((?<at>[^)]*)\)"[^>]*font-size="(?<size>[\d.]+)"[^>]*x="(?<xs>[^"]*)"[^>]*>(?<text>[^<]*)</text>""")]
    private static partial Regex TextElement();

    [GeneratedRegex("""<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/>""")]
    private static partial Regex DataArea();

    [GeneratedRegex("""<rect fill="gray"[^>]*width="([\d.]+)" height="([1-9][\d.]*|0\.\d*[1-9]\d*)"/>""")]
    private static partial Regex BarFill();

    [GeneratedRegex(@"\sx\d+$")]
    private static partial Regex XCount();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"^\d{2}/\d{2}/\d{4}$")]
    private static partial Regex UsDay();
}
