using Brink.Coding.Actors;
using Brink.Coding.Data;
using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Actors;

/// <summary>Small hand-written actor tables in a temp folder: resolution rules and load errors.</summary>
public sealed class ActorLoadTests : IDisposable
{
    private static readonly string[] Countries =
    [
        "code\tiso2\tname\tnames\tadjectives\tcapital\tmetonyms\tun_member",
        "GBR\tGB\tUnited Kingdom\tUK ; U.K. ; Britain\tBritish\tLondon\tLondon ; Downing Street\tyes",
        "USA\tUS\tUnited States\tU.S. ; the United States\tAmerican ; U.S.\tWashington D.C.\tWashington\tyes",
    ];

    private static readonly string[] Organizations =
    [
        "code\tname\taliases\tcountry\tsector\tkind\tnotes",
        "USAHOUSE\tHouse of Representatives\tthe House\tUSA\tLEG\tlegislature\t",
        "GBRPMO\tDowning Street\tNo 10\tGBR\tGOV\tgov_body\t",
    ];

    private static readonly string[] Officeholders =
    [
        "name\taliases\tcountry\tsector\trole\torg\tstart\tend\tnotes",
        "Mike Johnson\tJohnson\tUSA\tLEG\tSpeaker of the House\tUSAHOUSE\t2023-10-25\t\t",
        "Boris Johnson\tJohnson ; BoJo\tGBR\tGOV\tPrime Minister\tGBRPMO\t2019-07-24\t2022-09-06\t",
        "Boris Johnson\tJohnson\tGBR\tGOV\tForeign Secretary\t\t2016-07-13\t2018-07-09\t",
    ];

    private static readonly string[] Roles = ["pattern\tsector\tplural\tnotes", "troops\tMIL\tyes\t", "official\tGOV\tno\t"];

    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private ActorKnowledgeBase Load(string? replace = null, string[]? lines = null)
    {
        foreach (var (name, content) in new[] { ("countries", Countries), ("organizations", Organizations), ("officeholders", Officeholders), ("roles", Roles) })
            _dir.Write($"actors/{name}.tsv", name == replace ? lines! : content);
        return ActorKnowledgeBase.Load(_dir.Path);
    }

    [Fact]
    public void Country_metonym_outranks_an_organization_of_the_same_name()
    {
        var actor = Load().FindName("Downing Street", new DateOnly(2024, 1, 1))!;
        Assert.Equal(("GBR", "GOV", ActorKind.Country), (actor.Code, actor.Sector, actor.Kind));
    }

    [Fact]
    public void Terms_of_one_person_merge_and_the_date_picks_the_office()
    {
        var kb = Load();
        Assert.Equal("Foreign Secretary", kb.FindName("BoJo", new DateOnly(2017, 1, 1))!.RoleTitle);
        var pm = kb.FindName("Boris Johnson", new DateOnly(2020, 1, 1))!;
        Assert.Equal(("Prime Minister", "BORIS_JOHNSON", true), (pm.RoleTitle, pm.Code, pm.IsCurrent));
        // Between his two offices: the latest earlier one, as former.
        var between = kb.FindName("Boris Johnson", new DateOnly(2019, 1, 1))!;
        Assert.Equal(("Foreign Secretary", false), (between.RoleTitle, between.IsCurrent));
        Assert.Equal("Mike Johnson", kb.FindName("Johnson", new DateOnly(2025, 1, 1))!.Name);
        Assert.Equal("Boris Johnson", kb.FindName("Johnson", new DateOnly(2020, 1, 1))!.Name);
    }

    [Fact]
    public void Organization_alias_with_the_article()
    {
        var kb = Load();
        Assert.Equal("USAHOUSE", kb.FindName("the House", new DateOnly(2024, 1, 1))!.Code);
        Assert.Equal("USAHOUSE", kb.FindName("House", new DateOnly(2024, 1, 1))!.Code);
        Assert.Equal("GBR", kb.FindName("U.K.", new DateOnly(2024, 1, 1))!.Code);
        Assert.Equal("GBR", kb.FindName("UK", new DateOnly(2024, 1, 1))!.Code);
        Assert.Equal("GBR", kb.FindAdjective("British")!.Code);
    }

    [Fact]
    public void Bad_date_names_file_line_and_column()
    {
        var error = Assert.Throws<DataFormatException>(() => Load("officeholders",
            [.. Officeholders, "Keir Starmer\tStarmer\tGBR\tGOV\tPrime Minister\tGBRPMO\t2024-07-5\t\t"]));
        Assert.EndsWith("officeholders.tsv", error.File);
        Assert.Equal((5, "start", "2024-07-5"), (error.Line, error.Column, error.Value));
    }

    [Fact]
    public void Term_ending_before_it_starts_is_an_error()
    {
        var error = Assert.Throws<DataFormatException>(() => Load("officeholders",
            [.. Officeholders, "Keir Starmer\tStarmer\tGBR\tGOV\tPrime Minister\tGBRPMO\t2024-07-05\t2023-01-01\t"]));
        Assert.Equal((5, "end"), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("organizations", "HAMAS\tHamas\t\tPSE\tREB\tarmed_group\t", "country")] // PSE has no row in this fixture
    [InlineData("organizations", "USAHOUSE\tHouse\t\tUSA\tLEG\tlegislature\t", "code")]
    [InlineData("organizations", "X\tX\t\tUSA\tGOVT\tgov_body\t", "sector")]
    [InlineData("organizations", "X\tX\t\tUSA\tGOV\tministry\t", "kind")]
    [InlineData("officeholders", "A B\tB\tUSA\tGOV\tPresident\tWHITEHOUSE\t2020-01-01\t\t", "org")]
    [InlineData("roles", "troops\tMIL\tyes\t", "pattern")]
    [InlineData("roles", "soldiers\tMIL\tmaybe\t", "plural")]
    [InlineData("countries", "usa\tUS\tX\t\t\t\t\tyes", "code")]
    public void Invalid_rows_name_the_column(string file, string row, string column)
    {
        string[] original = file switch
        {
            "organizations" => Organizations,
            "officeholders" => Officeholders,
            "roles" => Roles,
            _ => Countries,
        };
        var error = Assert.Throws<DataFormatException>(() => Load(file, [.. original, row]));
        Assert.EndsWith($"{file}.tsv", error.File);
        Assert.Equal((original.Length + 1, column), (error.Line, error.Column));
    }
}
