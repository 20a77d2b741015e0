namespace Brink.Web.Tests;

/// <summary>
/// The actor network (issue 17): parties spread over the width by a force layout, names beside the circles rather than
/// over them, people by name with their code in the tooltip, arrowheads of one size whatever the edge's width.
/// </summary>
[Collection(ServerCollection.Name)]
[Trait("Browser", "chromium")]
public sealed class NetworkViewTests(DemoServer demo, Chromium chromium) : IClassFixture<Chromium>
{
    public static TheoryData<string, int, int> Sizes => BrowserPages.Sizes;

    [Theory, MemberData(nameof(Sizes))]
    public async Task Network_separates_and_names_the_parties_with_constant_arrowheads(string size, int width, int height)
    {
        var (page, errors) = await BrowserPages.Open(chromium, demo, width, height, "#/network");
        // Markers sized in user units keep their size whatever the edge's stroke width.
        var units = await page.Locator("svg.network marker").EvaluateAllAsync<string[]>("ms => ms.map((m) => m.getAttribute('markerUnits'))");
        Assert.NotEmpty(units);
        Assert.All(units, u => Assert.Equal("userSpaceOnUse", u));
        // No name is written over a circle.
        int overlaps = await page.EvaluateAsync<int>(
            "() => { const cs = [...document.querySelectorAll('svg.network g.node circle')]; let n = 0; " +
            "for (const t of document.querySelectorAll('svg.network g.node text')) { const b = t.getBBox(); " +
            "for (const c of cs) { const cx = +c.getAttribute('cx'), cy = +c.getAttribute('cy'), r = +c.getAttribute('r'); " +
            "const dx = Math.max(b.x - cx, 0, cx - b.x - b.width), dy = Math.max(b.y - cy, 0, cy - b.y - b.height); if (dx * dx + dy * dy < r * r) n++; } } return n; }");
        Assert.Equal(0, overlaps);
        // The graph spreads over the width it is given instead of sitting in its left part.
        double[] spread = await page.EvaluateAsync<double[]>(
            "() => { const svg = document.querySelector('svg.network'), w = svg.viewBox.baseVal.width; " +
            "const xs = [...svg.querySelectorAll('g.node circle')].map((c) => +c.getAttribute('cx')); " +
            "return [(Math.max(...xs) - Math.min(...xs)) / w, (Math.max(...xs) + Math.min(...xs)) / 2 / w]; }");
        Assert.True(spread[0] > 0.7, $"nodes span {spread[0]:P0} of the width");
        Assert.InRange(spread[1], 0.4, 0.6);
        // People by name, with the code in the tooltip.
        var labels = await page.Locator("svg.network g.node text").AllTextContentsAsync();
        Assert.DoesNotContain(labels, l => l.Contains('_', StringComparison.Ordinal));
        Assert.Contains("Venezuela", labels);
        var lula = page.Locator("svg.network g.node[data-code=LUIZ_INACIO_LULA_DA_SILVA]");
        Assert.StartsWith("Luiz Inacio Lula", (await lula.Locator("text").TextContentAsync())!);
        Assert.Contains("(LUIZ_INACIO_LULA_DA_SILVA)", await lula.Locator("title").TextContentAsync());
        await BrowserPages.Finish(page, errors, $"14-network-{size}", width);
    }
}
