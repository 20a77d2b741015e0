using Microsoft.Playwright;

namespace Brink.Web.Tests;

/// <summary>Opening a dashboard view in Chromium at a given size, collecting console errors, and the checks every view ends with.</summary>
internal static class BrowserPages
{
    public static TheoryData<string, int, int> Sizes => new() { { "desktop", 1280, 800 }, { "phone", 390, 844 } };

    /// <summary>Opens <paramref name="hash"/>; <paramref name="before"/> runs first (to route requests, say).</summary>
    public static async Task<(IPage Page, List<string> Errors)> Open(Chromium chromium, DemoServer demo, int width, int height, string hash,
        Func<IPage, Task>? before = null)
    {
        var page = await chromium.Browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        page.Response += (_, r) => { if (r.Status >= 400) errors.Add($"{r.Status} {r.Url}"); };
        if (before is not null) await before(page);
        await page.GotoAsync(demo.Url + "/" + hash);
        await Ready(page);
        return (page, errors);
    }

    public static async Task Ready(IPage page) =>
        await page.WaitForSelectorAsync("main[data-state=ready], main[data-state=error]", new() { Timeout = 20_000 });

    /// <summary>The view rendered, nothing sticks out sideways, no console error; saves a full-page screenshot as <paramref name="name"/>.png.</summary>
    public static async Task Finish(IPage page, List<string> errors, string name, int width)
    {
        Assert.Equal("ready", await page.GetAttributeAsync("main", "data-state"));
        // Nothing may stick out sideways (wide tables scroll inside their own box).
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width + 1, name + " is wider than the screen");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Shots, name + ".png"), FullPage = true });
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
