using Brink.Coding.Articles;

namespace Brink.Coding.Tests.Articles;

public sealed class ArticleReaderTests
{
    [Fact]
    public void News_page_text_gives_date_headline_and_furniture()
    {
        const string page = "Updated Mar 3, 2025 - World\n\nNorland and Vesta agree to resume talks\n\nPhoto: Jane Doe/Agency\n\nThe ministers met in Geneva on Monday.\n\nGo deeper: Earlier talks\n";
        var a = ArticleReader.Read(page, "page.txt");
        Assert.Equal(new DateOnly(2025, 3, 3), a.Ref.Published);
        Assert.Equal("Norland and Vesta agree to resume talks", a.Ref.Title);
        Assert.True(a.IsFurniture(page.IndexOf("Photo:", StringComparison.Ordinal)));
        Assert.True(a.IsFurniture(page.IndexOf("Go deeper", StringComparison.Ordinal)));
        Assert.False(a.IsFurniture(page.IndexOf("The ministers", StringComparison.Ordinal)));
    }

    [Fact]
    public void Header_fields_are_read_and_the_body_starts_after_the_blank_line()
    {
        const string text = "Title: Talks resume\nPublished: 2019-01-28\nOutlet: Wikinews\nURL: https://example.org/a\n\nThe envoy arrived.\n";
        var a = ArticleReader.Read(text, "a.txt");
        Assert.Equal(("Talks resume", new DateOnly(2019, 1, 28), "Wikinews", "https://example.org/a"), (a.Ref.Title, a.Ref.Published!.Value, a.Ref.Outlet, a.Ref.Url));
        Assert.Equal(text.IndexOf("The envoy", StringComparison.Ordinal), a.BodyStart);
    }

    [Fact]
    public void Bad_publication_date_names_the_input()
    {
        var e = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read("Title: x\nPublished: next Thursday\n\nBody.", "b.txt"));
        Assert.Contains("b.txt", e.Message);
        Assert.Contains("next Thursday", e.Message);
    }

    [Fact]
    public void Same_text_same_id()
    {
        Assert.Equal(ArticleReader.Read("A text.", "x").Ref.Id, ArticleReader.Read("A text.", "y").Ref.Id);
        Assert.NotEqual(ArticleReader.Read("A text.", "x").Ref.Id, ArticleReader.Read("Another text.", "x").Ref.Id);
    }
}
