using Microsoft.Playwright;

namespace Brink.Web.Tests;

/// <summary>
/// End-to-end: the five dashboard views in headless Chromium at a desktop (1280x800) and a phone (390 px) size,
/// with a screenshot of each; fails on any console error (a Content-Security-Policy violation logs one).
/// </summary>
[Collection(ServerCollection.Name)]
[Trait("Browser", "chromium")]
public sealed class BrowserTests(DemoServer demo, Chromium chromium) : IClassFixture<Chromium>
{
    public static TheoryData<string, int, int> Sizes => BrowserPages.Sizes;

    private Task<(IPage Page, List<string> Errors)> Open(int width, int height, string hash) => BrowserPages.Open(chromium, demo, width, height, hash);

    private static Task Finish(IPage page, List<string> errors, string name, int width) => BrowserPages.Finish(page, errors, name, width);

    [Theory, MemberData(nameof(Sizes))]
    public async Task Escalation_chart_marks_alerts_and_lists_a_points_events(string size, int width, int height)
    {
        var (page, errors) = await Open(width, height, "#/chart?actor=VEN&recipient=GUY");
        Assert.True(await page.Locator("svg.chart .pt.alert").CountAsync() > 0, "no alert marked");
        await page.Locator("svg.chart .pt.has").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=day-events] .day-list li");
        Assert.True(await page.Locator("[data-testid=day-events] a[href^='#/article/']").CountAsync() > 0);
        await Finish(page, errors, $"1-chart-{size}", width);
    }

    [Theory, MemberData(nameof(Sizes))]
    public async Task Network_draws_coloured_edges(string size, int width, int height)
    {
        var (page, errors) = await Open(width, height, "#/network");
        Assert.True(await page.Locator("svg.network path.edge.conflict").CountAsync() > 0);
        Assert.True(await page.Locator("svg.network g.node").CountAsync() >= 2);
        await page.Locator("svg.network path.edge").First.DispatchEventAsync("click");
        await page.WaitForSelectorAsync(".edge-info a[href^='#/chart']");
        await Finish(page, errors, $"2-network-{size}", width);
    }

    [Theory, MemberData(nameof(Sizes))]
    public async Task Event_table_filters_and_pages(string size, int width, int height)
    {
        var (page, errors) = await Open(width, height, "#/events");
        string firstPage = await page.InnerTextAsync("[data-testid=page-info]");
        Assert.StartsWith("1–25 of", firstPage);
        await page.ClickAsync("button:has-text('next')");
        // Waits use locators: the page's CSP forbids the string evaluation that WaitForFunction needs.
        await Assertions.Expect(page.Locator("[data-testid=page-info]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^26"));
        await page.SelectOptionAsync("select[name=type]", "THREATEN");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync("**type=THREATEN**");
        await Assertions.Expect(page.Locator("table.events tbody tr").First.Locator("td").Nth(1)).ToHaveTextAsync("THREATEN");
        var types = await page.Locator("table.events tbody td:nth-child(2)").AllInnerTextsAsync();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("THREATEN", t.Trim()));
        await Finish(page, errors, $"3-events-{size}", width);
    }

    [Theory, MemberData(nameof(Sizes))]
    public async Task Article_view_highlights_spans_beside_the_record(string size, int width, int height)
    {
        using var http = Http.Client(demo.Url);
        long id = (await http.Json("/api/dyads/VEN/GUY/days/2027-03-05")).GetProperty("reports")[0].GetProperty("articleId").GetInt64();
        var (page, errors) = await Open(width, height, $"#/article/{id}");
        foreach (var kind in new[] { "trigger", "actor", "recipient" })
            Assert.True(await page.Locator($"[data-testid=article-text] mark.hl-{kind}").CountAsync() > 0, "no " + kind + " marked");
        await page.Locator("[data-testid=records] li").First.ClickAsync();
        Assert.Contains("\"event_type\"", await page.InnerTextAsync("[data-testid=record-json]"));
        await Finish(page, errors, $"4-article-{size}", width);
    }

    [Theory, MemberData(nameof(Sizes))]
    public async Task Pasted_hostile_article_is_highlighted_as_plain_text(string size, int width, int height)
    {
        var (page, errors) = await Open(width, height, "#/paste");
        // Each size pastes a distinct text so both are coded afresh.
        await page.FillAsync("textarea[name=text]", Hostile.Text + "\nEdition: " + size + "\n");
        await page.ClickAsync("form.paste button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=paste-result] mark.hl-trigger", new() { Timeout = 20_000 });
        var result = page.Locator("[data-testid=paste-result]");
        Assert.Equal(0, await result.Locator("script, img, svg a, a[href^='javascript']").CountAsync());
        string shown = await page.InnerTextAsync("[data-testid=article-text]");
        foreach (var p in Hostile.Payloads) Assert.Contains(p, shown);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        await Finish(page, errors, $"5-paste-{size}", width);
    }
}
