using Brink.Coding.Events;

namespace Brink.Coding.Tests.Learning;

public sealed class MentionContextTests
{
    private static ActorMention M(string text, int start, string? country, string? sector, string? code = null) =>
        new(text, start, start + text.Length) { Country = country, Sector = sector, Code = code ?? country };

    [Fact]
    public void Two_adjacent_mentions_of_one_actor_are_one_and_two_apart_stay_two()
    {
        // "Ethiopian Prime Minister Abiy Ahmed": the title and the name resolve alike and touch.
        var title = M("Ethiopian Prime Minister", 0, "ETH", "GOV", "ABIY_AHMED");
        var name = M("Abiy Ahmed", 25, "ETH", "GOV", "ABIY_AHMED");
        Assert.Single(MentionContext.Distinct([name, title]));
        // "Biden and Blinken": two persons of one country and sector, not adjacent, stay two.
        var biden = M("Biden", 0, "USA", "GOV");
        var blinken = M("Blinken", 10, "USA", "GOV");
        Assert.Equal(2, MentionContext.Distinct([biden, blinken]).Count);
    }

    [Fact]
    public void A_title_and_a_name_the_knowledge_base_does_not_know_are_one_actor_and_two_countries_side_by_side_stay_two()
    {
        // "British Business Secretary Vince Cable": the title resolves, the name does not.
        var title = M("British Business Secretary", 0, "GBR", "GOV");
        var name = new ActorMention("Vince Cable", 27, 38);
        var one = Assert.Single(MentionContext.Distinct([title, name]));
        Assert.Equal(("GBR", 0, 38), (one.Country, one.Start, one.End));
        // "Britain, France": adjacent but different countries.
        Assert.Equal(2, MentionContext.Distinct([M("Britain", 0, "GBR", "GOV"), M("France", 9, "FRA", "GOV")]).Count);
    }
}
