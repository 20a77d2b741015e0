using Brink.Coding.Actors;
using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Actors;

/// <summary>Lookups against the real data/actors/ tables; expected values checked by hand in the TSV files.</summary>
public sealed class ActorLookupTests
{
    private static readonly DateOnly April2024 = new(2024, 4, 16);

    private static ActorKnowledgeBase Kb => RepoData.Actors;

    [Theory]
    [InlineData("Blinken")]
    [InlineData("Antony Blinken")]
    [InlineData("Tony Blinken")]
    public void Blinken_in_April_2024_is_the_sitting_Secretary_of_State(string mention)
    {
        var actor = Kb.FindName(mention, April2024)!;
        Assert.Equal(ActorKind.Person, actor.Kind);
        Assert.Equal("Antony Blinken", actor.Name);
        Assert.Equal(("USA", "GOV"), (actor.Country, actor.Sector));
        Assert.Equal("Secretary of State", actor.RoleTitle);
        Assert.True(actor.IsCurrent);
    }

    [Fact]
    public void Blinken_in_2026_is_a_former_holder()
    {
        var actor = Kb.FindName("Blinken", new DateOnly(2026, 1, 1))!;
        Assert.Equal("Antony Blinken", actor.Name);
        Assert.False(actor.IsCurrent);
        Assert.Equal(new DateOnly(2025, 1, 20), actor.Term!.End);
    }

    [Fact]
    public void Rubio_holds_two_offices_and_the_first_listed_wins()
    {
        var actor = Kb.FindName("Rubio", new DateOnly(2025, 6, 1))!;
        Assert.Equal("Secretary of State", actor.RoleTitle);
        Assert.True(actor.IsCurrent);
    }

    [Fact]
    public void Before_any_office_a_person_has_no_role()
    {
        var actor = Kb.FindName("Marco Rubio", new DateOnly(2020, 1, 1))!;
        Assert.Equal(("USA", false), (actor.Country, actor.IsCurrent));
        Assert.Null(actor.RoleTitle);
        Assert.Null(actor.Term);
    }

    [Fact]
    public void Shared_surname_prefers_the_person_in_office()
    {
        // Boris Johnson: PM 2019-07-24..2022-09-06; Mike Johnson: Speaker from 2023-10-25.
        Assert.Equal("Boris Johnson", Kb.FindName("Johnson", new DateOnly(2021, 1, 1))!.Name);
        Assert.Equal("Mike Johnson", Kb.FindName("Johnson", new DateOnly(2024, 1, 1))!.Name);
        var gap = Kb.FindName("Johnson", new DateOnly(2023, 1, 1))!;
        Assert.Equal(("Boris Johnson", false), (gap.Name, gap.IsCurrent));
    }

    [Theory]
    [InlineData("the Secretary of State", 2024, 4, 16, "Antony Blinken")]
    [InlineData("Secretary of State", 2025, 3, 1, "Marco Rubio")]
    [InlineData("secretary of state", 2025, 1, 20, "Antony Blinken")] // his last day; Rubio starts the 21st
    [InlineData("President", 2021, 1, 20, "Joe Biden")] // handover day: the incoming holder
    [InlineData("President", 2020, 6, 1, "Donald Trump")]
    public void Office_holders_by_date(string role, int y, int m, int d, string name)
    {
        var actor = Kb.FindOfficeHolder(role, "USA", new DateOnly(y, m, d))!;
        Assert.Equal(name, actor.Name);
        Assert.True(actor.IsCurrent);
    }

    [Fact]
    public void Office_titles_accept_both_spellings_of_defence()
    {
        Assert.Equal("Boris Pistorius", Kb.FindOfficeHolder("Defense Minister", "DEU", April2024)!.Name);
        Assert.Equal("Boris Pistorius", Kb.FindOfficeHolder("the Defence Minister", "DEU", April2024)!.Name);
        Assert.Null(Kb.FindOfficeHolder("Secretary of State", "USA", new DateOnly(1990, 1, 1)));
        Assert.Null(Kb.FindOfficeHolder("Secretary of State", null, April2024));
    }

    [Theory]
    [InlineData("Tehran", "IRN")]
    [InlineData("the Kremlin", "RUS")]
    [InlineData("The Kremlin", "RUS")]
    [InlineData("Kremlin", "RUS")]
    [InlineData("the White House", "USA")]
    [InlineData("Washington", "USA")]
    public void Metonyms_are_the_government(string mention, string country)
    {
        var actor = Kb.FindName(mention, April2024)!;
        Assert.Equal((country, "GOV", ActorKind.Country), (actor.Country, actor.Sector, actor.Kind));
    }

    [Theory]
    [InlineData("Iran", "IRN")]
    [InlineData("IRAN", "IRN")]
    [InlineData("the United States", "USA")]
    [InlineData("United States", "USA")]
    [InlineData("U.S.", "USA")]
    [InlineData("U.S", "USA")]
    [InlineData("US", "USA")]
    [InlineData("Cote d\u2019Ivoire", "CIV")]
    public void Country_names(string mention, string code)
    {
        var actor = Kb.FindName(mention, April2024)!;
        Assert.Equal((code, code, ActorKind.Country), (actor.Code, actor.Country, actor.Kind));
        Assert.Null(actor.Sector);
    }

    [Theory]
    [InlineData("Hamas", "HAMAS", "PSE", "REB")]
    [InlineData("IRNA", "IRNA", "IRN", "JRN")]
    [InlineData("Islamic Republic News Agency", "IRNA", "IRN", "JRN")]
    [InlineData("the State Department", "USASTATE", "USA", "GOV")]
    [InlineData("State Department", "USASTATE", "USA", "GOV")]
    [InlineData("WHO", "WHO", null, "IGO")]
    public void Organizations(string mention, string code, string? country, string sector)
    {
        var actor = Kb.FindName(mention, April2024)!;
        Assert.Equal((code, country, sector, ActorKind.Organization), (actor.Code, actor.Country, actor.Sector, actor.Kind));
    }

    [Theory]
    [InlineData("us")]
    [InlineData("Who")]
    [InlineData("who")]
    [InlineData("iran")]
    [InlineData("Narnia")]
    [InlineData("")]
    [InlineData("the")]
    public void Unknown_or_wrongly_cased_names_are_null(string mention) => Assert.Null(Kb.FindName(mention, April2024));

    [Theory]
    [InlineData("Iranian", "IRN")]
    [InlineData("Iranians", "IRN")]
    [InlineData("American", "USA")]
    [InlineData("U.S.", "USA")]
    [InlineData("Israeli", "ISR")]
    public void Adjectives(string word, string code) => Assert.Equal(code, Kb.FindAdjective(word)?.Code);

    [Fact]
    public void Unknown_adjective_is_null()
    {
        Assert.Null(Kb.FindAdjective("Narnian"));
        Assert.Null(Kb.FindAdjective("us"));
    }

    [Theory]
    [InlineData("troops", "MIL", true)]
    [InlineData("Troops", "MIL", true)]
    [InlineData("official", "GOV", false)]
    [InlineData("militants", "REB", true)]
    [InlineData("state media", "JRN", false)]
    public void Role_words(string word, string sector, bool plural)
    {
        var role = Kb.FindRole(word)!;
        Assert.Equal((sector, plural), (role.Sector, role.IsPlural));
    }

    [Fact]
    public void Role_actor_combines_country_and_sector()
    {
        Assert.Null(Kb.FindRole("unicorns"));
        var actor = ActorKnowledgeBase.RoleActor(Kb.FindRole("troops")!, "ISR");
        Assert.Equal(("ISRMIL", "ISR", "MIL", ActorKind.Role), (actor.Code, actor.Country, actor.Sector, actor.Kind));
    }

    [Fact]
    public void By_code()
    {
        Assert.Equal("Iran", Kb.ByCode("IRN")!.Name);
        Assert.Equal(ActorKind.Organization, Kb.ByCode("HAMAS")!.Kind);
        Assert.Null(Kb.ByCode("XXX"));
    }
}
