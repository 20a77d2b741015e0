using System.Text;
using Brink.Coding;

namespace Brink.Queue.Tests;

/// <summary>Work messages carry an article whole, and a malformed one is refused with its reason.</summary>
public sealed class WorkCodecTests
{
    [Fact]
    public void An_article_arrives_as_the_publisher_read_it()
    {
        // A demo article has a header and page furniture: both must survive, or the worker would code another article.
        string path = Directory.GetFiles(Path.Combine(Tools.RepoRoot, "examples", "demo"), "*.txt").Order(StringComparer.Ordinal).First();
        var article = EventExtractor.ReadArticles(File.ReadAllText(path), path).Single();
        var back = WorkCodec.Read(WorkCodec.Article(article)).Article!;
        Assert.Equal(article.Ref, back.Ref);
        Assert.Equal(article.Text, back.Text);
        Assert.Equal(article.BodyStart, back.BodyStart);
        Assert.Equal(article.Furniture, back.Furniture);
    }

    [Fact]
    public void A_recode_names_its_stored_article()
    {
        var work = WorkCodec.Read(WorkCodec.Recode(42, all: true));
        Assert.Equal((42L, true), (work.RecodeId, work.RecodeAll));
        Assert.Null(work.Article);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"id\": \"a\"}", "no string \"text\"")]
    [InlineData("{\"id\": \"a\", \"text\": \"Hi.\", \"published\": \"March 1\"}", "\"published\" is not a date")]
    [InlineData("{\"id\": \"a\", \"text\": \"Hi.\", \"furniture\": [[0, 99]]}", "\"furniture\" range")]
    [InlineData("{\"recode\": -3}", "\"recode\" must be a stored article id")]
    public void A_malformed_message_is_refused_with_its_reason(string body, string reason)
    {
        var e = Assert.Throws<MessageFormatException>(() => WorkCodec.Read(Encoding.UTF8.GetBytes(body)));
        Assert.Contains(reason, e.Message);
    }
}
