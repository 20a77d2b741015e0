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

    [Fact]
    public void Bad_json_lines_are_skipped_and_reported_when_asked_and_the_rest_is_read()
    {
        const string jsonl = "{\"text\":\"Russia attacked Kyiv.\"}\n{\"text\": oops}\n{\"title\":\"no text\"}\n{\"text\":\"Iran warned Israel.\"}\n";
        var skipped = new List<ArticleFormatException>();
        var read = ArticleSources.Read(jsonl, "in.jsonl", null, null, skipped.Add).ToList();
        Assert.Equal(["Russia attacked Kyiv.", "Iran warned Israel."], read.Select(a => a.Text));
        Assert.Equal(["in.jsonl:2", "in.jsonl:3"], skipped.Select(e => e.Input));
    }

    [Fact]
    public void The_text_of_a_json_line_holds_no_headline()
    {
        const string jsonl = "{\"text\": \"Insurgents shelled the city overnight, state media reported\"}\n";
        var a = Assert.Single(ArticleSources.Read(jsonl, "in.jsonl", new DateOnly(2024, 1, 1), null));
        Assert.Empty(a.Furniture);
        Assert.Null(a.Ref.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n ")]
    [InlineData("Title: Only a header\nPublished: 2024-01-01\n\n")]
    public void An_empty_article_is_an_error_naming_the_input(string text)
    {
        var e = Assert.Throws<ArticleFormatException>(() => ArticleSources.Read(text, "empty.txt", new DateOnly(2024, 1, 1), null).ToList());
        Assert.Equal("empty.txt", e.Input);
        Assert.Matches("is empty|no text", e.Message);
    }
}
