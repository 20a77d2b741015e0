using System.Text.RegularExpressions;

namespace Brink.Web.Tests;

/// <summary>
/// The article and paste views (issue 17): the article's header lines are shown once, above the text, and the paste
/// view asks for an API key only when one would let the write through.
/// </summary>
[Collection(ServerCollection.Name)]
[Trait("Browser", "chromium")]
public sealed partial class ArticleViewTests(DemoServer demo, Chromium chromium) : IClassFixture<Chromium>
{
    public static TheoryData<string, int, int> Sizes => BrowserPages.Sizes;

    [Theory, MemberData(nameof(Sizes))]
    public async Task Article_view_shows_the_header_once(string size, int width, int height)
    {
        var (page, errors) = await BrowserPages.Open(chromium, demo, width, height, "#/article/1");
        Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("h3.article-title")));
        string body = await page.InnerTextAsync("[data-testid=article-text]");
        foreach (var line in body.Split('\n'))
            Assert.DoesNotMatch(HeaderLine(), line);
        await BrowserPages.Finish(page, errors, $"16-article-{size}", width);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task Paste_view_asks_for_a_key_only_when_one_would_help(bool needKey, bool refused)
    {
        // The demo server takes writes from this machine; the summary of a server bound beyond it is stood in for.
        string summary = $$"""{"backend":"sqlite","articles":32,"reports":247,"events":148,"dyadRows":1,"lastDay":"2027-03-14","writesNeedKey":{{(needKey ? "true" : "false")}},"writesRefused":{{(refused ? "true" : "false")}}}""";
        var (page, errors) = await BrowserPages.Open(chromium, demo, 1280, 800, "#/paste",
            p => p.RouteAsync("**/api/summary", r => r.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = summary })));
        Assert.Equal(refused ? 0 : 1, await page.Locator("input[name=key]").CountAsync());
        Assert.Equal(refused, await page.Locator("form.paste button[type=submit]").IsDisabledAsync());
        if (refused) Assert.Contains("writes are off", await page.InnerTextAsync("main .msg.error"), StringComparison.Ordinal);
        await BrowserPages.Finish(page, errors, refused ? "16-paste-writes-off-desktop" : "16-paste-key-desktop", 1280);
    }

    [GeneratedRegex("^(Title|Published|Outlet|URL|Id): ")]
    private static partial Regex HeaderLine();
}
