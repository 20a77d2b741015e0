using Brink.Analysis;
using Brink.Coding;

namespace Brink.Analysis.Tests;

public sealed class CurrentEventsInputTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"brink-ce-{Guid.NewGuid():N}.tsv");

    public void Dispose() => File.Delete(_file);

    private void Write(params string[] lines) => File.WriteAllLines(_file, ["date\tstory\ttext\tsources", .. lines]);

    [Fact]
    public void Rows_become_articles_of_their_day_titled_by_their_story_with_their_outlets()
    {
        Write("2024-04-13\tIran-Israel conflict\tIran launches drones at Israel.\tReuters; BBC News",
              "2024-04-14\t\tIsrael thanks its allies.\t");
        var articles = CurrentEventsInput.From(_file, null).Read();
        Assert.Equal(2, articles.Count);
        Assert.Equal(("ce2", "Iran-Israel conflict", new DateOnly(2024, 4, 13), "Reuters; BBC News"),
            (articles[0].Ref.Id, articles[0].Ref.Title, articles[0].Ref.Published, articles[0].Ref.Outlet));
        Assert.Equal("Iran launches drones at Israel.", articles[0].Text);
        Assert.Equal(("ce3", (string?)null, (string?)null), (articles[1].Ref.Id, articles[1].Ref.Title, articles[1].Ref.Outlet));
        Assert.Empty(articles[0].Furniture);
    }

    [Fact]
    public void A_bad_row_is_named_by_file_and_line_and_the_rest_are_read()
    {
        Write("2024-04-13\t\tIran launches drones at Israel.\tReuters",
              "13 April 2024\t\tA row with a bad date.\tReuters",
              "2024-04-15 only one column",
              "2024-04-16\tstory\t \t",
              "2024-04-17\t\tIsrael strikes Isfahan.\tAP");
        var errors = new List<ArticleFormatException>();
        var articles = CurrentEventsInput.From(_file, errors.Add).Read();
        Assert.Equal(["ce2", "ce6"], articles.Select(a => a.Ref.Id));
        Assert.Equal([$"{_file}:3", $"{_file}:4", $"{_file}:5"], errors.Select(e => e.Input));
        Assert.Contains("not an ISO date", errors[0].Message);

        var strict = Assert.Throws<ArticleFormatException>(() => CurrentEventsInput.From(_file, null).Read());
        Assert.Equal($"{_file}:3", strict.Input);
    }
}
