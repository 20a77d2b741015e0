using Brink.Coding.Articles;

namespace Brink.Coding.Tests.Articles;

public sealed class ArticleSourcesTests
{
    private const string Page = """
        <!DOCTYPE html><html><head><title>Talks resume in Cairo</title>
        <meta property="article:published_time" content="2024-05-06T10:00:00Z"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Talks resume in Cairo</h1>
        <p>Egypt hosted negotiators in Cairo on Sunday, two officials said.</p>
        <p>The envoy <b>left</b> on Monday. <script>document.write('injected')</script></p></article></body></html>
        """;

    [Fact]
    public void Html_pages_give_their_text_title_and_date_without_scripts()
    {
        var a = Assert.Single(ArticleSources.Read(Page, "page.html", null, null));
        Assert.Equal("Talks resume in Cairo", a.Ref.Title);
        Assert.Equal(new DateOnly(2024, 5, 6), a.Ref.Published);
        Assert.Contains("Egypt hosted negotiators in Cairo on Sunday", a.Text);
        Assert.DoesNotContain("injected", a.Text);
        Assert.DoesNotContain("Home", a.Text);
    }

    [Fact]
    public void Json_lines_carry_metadata_and_a_broken_line_names_its_number()
    {
        const string jsonl = "{\"text\":\"Russia attacked Kyiv.\",\"id\":\"a1\",\"published\":\"2024-04-16\",\"outlet\":\"Wire\",\"title\":\"T\"}\n\n{\"text\": 5}\n";
        using var e = ArticleSources.Read(jsonl, "feed.jsonl", null, null).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal(("a1", new DateOnly(2024, 4, 16), "Wire", "T"), (e.Current.Ref.Id, e.Current.Ref.Published!.Value, e.Current.Ref.Outlet, e.Current.Ref.Title));
        var error = Assert.Throws<ArticleFormatException>(() => e.MoveNext());
        Assert.Contains("feed.jsonl:3", error.Message);
    }

    [Fact]
    public void Plain_text_stays_plain()
    {
        var a = Assert.Single(ArticleSources.Read("Title: x\nPublished: 2024-01-02\n\n{not json} but text.", "a.txt", null, null));
        Assert.Equal(new DateOnly(2024, 1, 2), a.Ref.Published);
    }
}
