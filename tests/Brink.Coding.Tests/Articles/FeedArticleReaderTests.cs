using Brink.Coding.Articles;

namespace Brink.Coding.Tests.Articles;

public sealed class FeedArticleReaderTests
{
    private static string Rss(params string[] items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>" + string.Concat(items) + "</channel></rss>";

    private static string Item(string title, string description) =>
        $"<item><title>{title}</title><link>https://t.example/{title}</link><pubDate>Fri, 05 Mar 2027 10:00:00 GMT</pubDate><description>{description}</description></item>";

    [Fact]
    public void Html_entities_in_a_feed_are_read_as_feed_readers_read_them()
    {
        var xml = Rss(Item("a", "Venezuela&nbsp;accused Guyana &mdash; again &amp; again."), Item("b", "Iran warned Israel &unknownthing; today."));
        var items = FeedArticleReader.Read(xml, "f.xml", null, null);
        Assert.Equal(2, items.Count);
        Assert.Contains("Venezuela accused Guyana \u2014 again & again.", items[0].Text);
        Assert.Contains("&unknownthing;", items[1].Text);
    }

    [Fact]
    public void An_item_without_text_is_reported_when_asked()
    {
        var xml = Rss(Item("a", "Venezuela accused Guyana."), Item("b", "&lt;p&gt;&lt;/p&gt;"), Item("c", "Iran warned Israel."));
        var skipped = new List<ArticleFormatException>();
        var items = FeedArticleReader.Read(xml, "f.xml", null, null, skipped.Add);
        Assert.Equal(2, items.Count);
        Assert.Equal("f.xml#item2", Assert.Single(skipped).Input);
    }
}
