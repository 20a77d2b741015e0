using Brink.Coding.Dates;
using Brink.Text;

namespace Brink.Coding.Tests.Dates;

public sealed class DateResolverTests
{
    private static readonly DateOnly Tuesday = new(2024, 4, 16);

    private static DateMention Single(string text, DateOnly anchor, bool future = false)
    {
        var doc = TextPipeline.Blank().Process(text);
        return Assert.Single(DateResolver.Find(doc, 0, doc.Count, anchor, future));
    }

    [Theory]
    [InlineData("Blinken spoke on Monday with Gantz.", "on Monday", "2024-04-15")]
    [InlineData("The attack on Saturday failed.", "on Saturday", "2024-04-13")]
    [InlineData("Gantz said on Tuesday that he agreed.", "on Tuesday", "2024-04-16")]
    [InlineData("He left yesterday.", "yesterday", "2024-04-15")]
    [InlineData("Talks began April 1 in Cairo.", "April 1", "2024-04-01")]
    [InlineData("It was signed on 15 April 2023 in Doha.", "on 15 April 2023", "2023-04-15")]
    [InlineData("The strike of 2024-03-02 killed two.", "2024-03-02", "2024-03-02")]
    [InlineData("They met on Apr. 9, 2024, in Rome.", "on Apr. 9, 2024", "2024-04-09")]
    [InlineData("They met last Tuesday.", "last Tuesday", "2024-04-09")]
    public void Day_expressions_resolve_against_the_publication_date(string text, string span, string date)
    {
        var m = Single(text, Tuesday);
        Assert.Equal(span, m.Text);
        Assert.Equal(DateOnly.Parse(date), m.Start);
        Assert.Equal(m.Start, m.End);
        Assert.Equal(DatePrecision.Day, m.Precision);
    }

    [Fact]
    public void Future_events_take_the_next_weekday()
    {
        var m = Single("The ministers will meet on Friday.", Tuesday, future: true);
        Assert.Equal(new DateOnly(2024, 4, 19), m.Start);
    }

    [Fact]
    public void December_dates_in_a_January_article_belong_to_the_previous_year()
    {
        var m = Single("The ceasefire of December 28 held.", new DateOnly(2024, 1, 5));
        Assert.Equal(new DateOnly(2023, 12, 28), m.Start);
    }

    [Theory]
    [InlineData("He spoke to officials over the last 24 hours.", "over the last 24 hours", "2024-04-15", "2024-04-16", DatePrecision.Range)]
    [InlineData("Calls in recent days focused on Iran.", "in recent days", "2024-04-09", "2024-04-16", DatePrecision.Range)]
    [InlineData("Talks collapsed last week.", "last week", "2024-04-08", "2024-04-14", DatePrecision.Week)]
    [InlineData("Prices rose in March 2024.", "March 2024", "2024-03-01", "2024-03-31", DatePrecision.Month)]
    [InlineData("Elections were held in 2022.", "in 2022", "2022-01-01", "2022-12-31", DatePrecision.Year)]
    [InlineData("Protesters have rallied since Thursday.", "since Thursday", "2024-04-11", "2024-04-16", DatePrecision.Range)]
    [InlineData("The talks began earlier this month.", "earlier this month", "2024-04-01", "2024-04-16", DatePrecision.Range)]
    public void Spans_of_time_keep_their_extent(string text, string span, string start, string end, DatePrecision precision)
    {
        var m = Single(text, Tuesday);
        Assert.Equal(span, m.Text);
        Assert.Equal(DateOnly.Parse(start), m.Start);
        Assert.Equal(DateOnly.Parse(end), m.End);
        Assert.Equal(precision, m.Precision);
    }

    [Fact]
    public void Words_that_only_look_like_dates_are_ignored()
    {
        var doc = TextPipeline.Blank().Process("The army may march on the capital; 31 soldiers died.");
        Assert.Empty(DateResolver.Find(doc, 0, doc.Count, Tuesday));
    }
}
