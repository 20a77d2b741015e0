using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Brink.Web.Tests;

/// <summary>
/// The escalation chart fits its dyad (issue 17): it opens on the dyad's active span with ISO dates on the axis,
/// zooms in on a drag, and says so when the store knows nothing of the dyad instead of drawing an empty today.
/// </summary>
[Collection(ServerCollection.Name)]
[Trait("Browser", "chromium")]
public sealed partial class ChartViewTests(DemoServer demo, Chromium chromium) : IClassFixture<Chromium>
{
    public static TheoryData<string, int, int> Sizes => BrowserPages.Sizes;

    [Theory, MemberData(nameof(Sizes))]
    public async Task Chart_opens_on_the_dyads_active_span_with_full_dates(string size, int width, int height)
    {
        using var http = Http.Client(demo.Url);
        var dyad = (await http.Json("/api/dyads")).EnumerateArray()
            .First(d => d.GetProperty("actor").GetString() == "VEN" && d.GetProperty("recipient").GetString() == "GUY");
        var first = Day(dyad.GetProperty("first").GetString()!);
        var last = Day(dyad.GetProperty("last").GetString()!);
        var (page, errors) = await BrowserPages.Open(chromium, demo, width, height, "#/chart?actor=VEN&recipient=GUY");
        var svg = page.Locator("svg.chart");
        var from = Day((await svg.GetAttributeAsync("data-from"))!);
        var to = Day((await svg.GetAttributeAsync("data-to"))!);
        Assert.True(from <= first && to >= last, $"chart {from}..{to} does not cover the active span {first}..{last}");
        // The two-week crisis fills the chart: the margins around it are small, not the 90 days before its last day.
        int span = last.DayNumber - first.DayNumber, shown = to.DayNumber - from.DayNumber;
        Assert.True(shown <= span + 2 * Math.Max(3, span / 10) + 1, $"{shown} days shown for an active span of {span}");
        var labels = await page.Locator("svg.chart text.date").AllTextContentsAsync();
        Assert.True(labels.Count >= 2, "too few date labels");
        Assert.All(labels, l => Assert.Matches(IsoDay(), l));
        // No label is clipped at either edge of the plot.
        Assert.Equal(0, await page.EvaluateAsync<int>(
            "() => { const svg = document.querySelector('svg.chart'), w = svg.viewBox.baseVal.width; " +
            "return [...svg.querySelectorAll('text.date')].filter((t) => { const b = t.getBBox(); return b.x < 0 || b.x + b.width > w; }).length; }"));
        await BrowserPages.Finish(page, errors, $"13-chart-span-{size}", width);
    }

    [Fact]
    public async Task Dragging_across_the_chart_zooms_in()
    {
        var (page, errors) = await BrowserPages.Open(chromium, demo, 1280, 800, "#/chart?actor=VEN&recipient=GUY");
        var svg = page.Locator("svg.chart");
        var before = (await svg.GetAttributeAsync("data-from"))!;
        var box = (await svg.BoundingBoxAsync())!;
        float y = box.Y + box.Height / 2;
        await page.Mouse.MoveAsync(box.X + box.Width * 0.35f, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.7f, y, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("from=.*to="));
        await Assertions.Expect(page.Locator("svg.chart")).Not.ToHaveAttributeAsync("data-from", before);
        await BrowserPages.Ready(page);
        var from = Day((await page.Locator("svg.chart").GetAttributeAsync("data-from"))!);
        var to = Day((await page.Locator("svg.chart").GetAttributeAsync("data-to"))!);
        Assert.True(from > Day(before) && to.DayNumber - from.DayNumber < 14, $"zoomed to {from}..{to}");
        Assert.Equal(1, await page.Locator("[data-testid=zoom-out]").CountAsync());
        await BrowserPages.Finish(page, errors, "13-chart-zoomed-desktop", 1280);
    }

    [Theory, MemberData(nameof(Sizes))]
    public async Task An_unknown_dyad_is_a_message_not_an_empty_chart(string size, int width, int height)
    {
        var (page, errors) = await BrowserPages.Open(chromium, demo, width, height, "#/chart?actor=ZZZ&recipient=QQQ");
        Assert.Equal(0, await page.Locator("svg.chart").CountAsync());
        Assert.Contains("no events with ZZZ acting on QQQ", await page.InnerTextAsync("[data-testid=chart] .msg"), StringComparison.Ordinal);
        await BrowserPages.Finish(page, errors, $"16-unknown-dyad-{size}", width);
    }

    [Theory, MemberData(nameof(Sizes))]
    public async Task Known_crisis_onsets_are_marked_and_named_on_the_chart(string size, int width, int height)
    {
        demo.LoadCrises(DemoServer.DemoCrises);
        var (page, errors) = await BrowserPages.Open(chromium, demo, width, height, "#/chart?actor=VEN&recipient=GUY&from=2027-02-25&to=2027-03-18");
        var marks = page.Locator("svg.chart [data-testid=crisis]");
        // The two onsets of this dyad inside the range, in either direction; not the older one, not another dyad's.
        Assert.Equal(["2027-03-06", "2027-03-12"], await marks.EvaluateAllAsync<string[]>("ms => ms.map((m) => m.dataset.onset)"));
        // Named by a label cut to fit the chart (none clipped at an edge), in full in its tooltip.
        Assert.StartsWith("Venezuelan strikes", await marks.First.Locator("text").TextContentAsync());
        Assert.Contains("Venezuelan strikes across the Essequibo (VEN–GUY, escalation)", await marks.First.Locator("title").TextContentAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>(
            "() => { const svg = document.querySelector('svg.chart'), w = svg.viewBox.baseVal.width; " +
            "return [...svg.querySelectorAll('text.crisis-label')].filter((t) => { const b = t.getBBox(); return b.x < 0 || b.x + b.width > w; }).length; }"));
        // Each line stands at its own day: the truce six days to the right of the strikes.
        var xs = await marks.EvaluateAllAsync<double[]>("ms => ms.map((m) => +m.querySelector('line').getAttribute('x1'))");
        var step = await page.EvaluateAsync<double>("() => { const p = [...document.querySelectorAll('svg.chart .pt')]; return p[1].cx.baseVal.value - p[0].cx.baseVal.value; }");
        Assert.Equal(6 * step, xs[1] - xs[0], 1);
        Assert.Contains("Essequibo truce", await page.InnerTextAsync("[data-testid=crisis-list]"), StringComparison.Ordinal);
        await BrowserPages.Finish(page, errors, $"15-chart-crises-{size}", width);
        demo.LoadCrises();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDay();

    private static DateOnly Day(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
