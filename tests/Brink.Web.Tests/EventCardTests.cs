namespace Brink.Web.Tests;

/// <summary>
/// The event table on a phone (issue 17): each event is a card, not a row squeezed into three narrow columns.
/// </summary>
[Collection(ServerCollection.Name)]
[Trait("Browser", "chromium")]
public sealed class EventCardTests(DemoServer demo, Chromium chromium) : IClassFixture<Chromium>
{
    public static TheoryData<string, int, int> Sizes => BrowserPages.Sizes;

    [Theory, MemberData(nameof(Sizes))]
    public async Task Events_are_cards_on_a_phone_and_rows_on_a_desktop(string size, int width, int height)
    {
        var (page, errors) = await BrowserPages.Open(chromium, demo, width, height, "#/events");
        var row = page.Locator("table.events tbody tr").First;
        string display = await row.EvaluateAsync<string>("r => getComputedStyle(r).display");
        if (size == "phone")
        {
            Assert.NotEqual("table-row", display);
            Assert.False(await page.Locator("table.events thead").IsVisibleAsync(), "a phone shows no table header");
            var card = (await row.BoundingBoxAsync())!;
            Assert.True(card.Width >= width - 40, $"a card is {card.Width} px wide on a {width} px screen");
            // The first report runs across the card instead of down a narrow column.
            var source = (await row.Locator("td.src").BoundingBoxAsync())!;
            Assert.True(source.Width >= card.Width * 0.8, $"the first report is {source.Width} px wide in a {card.Width} px card");
            Assert.True(source.Height < 80, $"the first report is {source.Height} px tall");
        }
        else Assert.Equal("table-row", display);
        await BrowserPages.Finish(page, errors, $"15-events-{size}", width);
    }
}
