using Brink.Coding.Actors;
using Brink.Coding.Actors.Petrarch;
using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Actors;

/// <summary>`brink build actors` on a few lines in each PETRARCH2 format, then the derived tables loaded beside hand-written ones.</summary>
public sealed class ActorTableBuilderTests : IDisposable
{
    private static readonly string[] CountriesActors =
    [
        "# TABARI-formatted .actor file (fixture written for Brink's tests)",
        "UNITED_KINGDOM_  [GBR]",
        "+BRITAIN_",
        "+LONDON_",
        "ROYAL_NAVY",
        "+BRITISH_NAVY",
        "\t[GBRMIL]",
        "JACK_STRAW_  # CountryInfo.txt",
        "+JOHN_WHITAKER_STRAW_",
        "\t[GBRGOV 030101-070630]",
        "\t[GBRGOVJUD 070701-081031]",
        "\t[GBRGOV 960101-990630]",
        "WILLIAM_HAGUE_  # CountryInfo.txt",
        "\t[GBRGOV >100512]",
        "\t[GBRELI]",
        "HAROLD_WILSON_  # CountryInfo.txt",
        "\t[GBRGOV 640101-700630]",
        "KOFI_ANNAN_",
        "+K._ANNAN_",
        "\t[IGOUNO 970101-061231] ",
        "\t[ELI]# IGOrulers.txt",
    ];

    private static readonly string[] International =
    [
        "INTERNATIONAL_ATOMIC_ENERGY_AGENCY_\t[IGOUNOIAE]# NGO_Actors",
        "IAEA_\t[IGOUNOIAE]# NGO_Actors",
        "GANG_OF_THIEVES_\t[CRM]",
        "ACTIONAID_\t[NGOGBR]# NGO_Actors",
        "ROYAL_NAVY_\t[IGO]",
        "THE_FOREIGN_SECRETARY_\t[GBRGOV]",
    ];

    private static readonly string[] NonState =
    [
        "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  kkl 21 Mar 13",
        "+ADEN_ISLAMIC_ARMY_",
        "+IS_",
        "",
        "FREE_ACEH_MOVEMENT_ [IDNREB]",
        "TALIBAN_ [AFGREB]",
        "EL_RUKN_ [USAREB]",
        "+THE_FOUNDATION_",
        "+FOUNDATIONS_",
        "+BLACKSTONE_RANGERS_",
    ];

    private static readonly string[] Agents =
    [
        "!PERSON! = MAN, MEN",
        "POLICE!PERSON! [~COP]",
        "THIEF {THIEVES} [~CRM]",
        "JOURNALIST {JOURNALISTS} [~MED]",
        "TROOPS [~MIL]",
    ];

    private static readonly string[] Countries =
    [
        "code\tiso2\tname\tnames\tadjectives\tcapital\tmetonyms\tun_member",
        "GBR\tGB\tUnited Kingdom\tUK ; Britain\tBritish\tLondon\tLondon\tyes",
        "IDN\tID\tIndonesia\t\tIndonesian\tJakarta\tJakarta\tyes",
        "USA\tUS\tUnited States\tU.S.\tAmerican\tWashington D.C.\tWashington\tyes",
        "AFG\tAF\tAfghanistan\t\tAfghan\tKabul\tKabul\tyes",
        "YEM\tYE\tYemen\t\tYemeni\tSanaa\t\tyes",
    ];

    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Build(string[]? handWrittenPersons = null)
    {
        _dir.Write("petrarch/Phoenix.Countries.actors.txt", CountriesActors);
        _dir.Write("petrarch/Phoenix.International.actors.txt", International);
        _dir.Write("petrarch/Phoenix.MilNonState.actors.txt", NonState);
        _dir.Write("petrarch/Phoenix.agents.txt", Agents);
        _dir.Write("data/actors/countries.tsv", Countries);
        foreach (var pos in new[] { "noun", "verb", "adj", "adv" })
            _dir.Write($"wordnet/data.{pos}", "  1 This fixture stands for the WordNet 3.1 data files.", pos == "noun" ? "08075421 14 n 02 foundation 0 Taliban 0 000 | an institution" : "01926311 38 v 01 run 0 000 | move fast");
        _dir.Write("data/actors/organizations.tsv", "code\tname\taliases\tcountry\tsector\tkind\tnotes", "USASTATE\tState Department\t\tUSA\tGOV\tgov_body\t");
        _dir.Write("data/actors/officeholders.tsv", ["name\taliases\tcountry\tsector\trole\torg\tstart\tend\tnotes", .. handWrittenPersons ?? []]);
        _dir.Write("data/actors/roles.tsv", "pattern\tsector\tplural\tnotes", "troops\tMIL\tyes\t", "journalist\tJRN\tno\t");
        var counts = ActorTableBuilder.Build(System.IO.Path.Combine(_dir.Path, "petrarch"), System.IO.Path.Combine(_dir.Path, "data/actors"), System.IO.Path.Combine(_dir.Path, "wordnet"));
        Assert.Equal(new ActorTableCounts(Persons: 3, Terms: 6, Organizations: 9, Agents: 5), counts);
        return System.IO.Path.Combine(_dir.Path, "data");
    }

    private string[] Table(string file) => File.ReadAllLines(System.IO.Path.Combine(_dir.Path, "data/actors", file));

    [Fact]
    public void Persons_keep_dated_roles_after_2000_sorted_with_aliases_on_the_first_row()
    {
        Build();
        Assert.Equal(
        [
            "name\taliases\tcountry\tsector\trole\tstart\tend",
            "Jack Straw\tJohn Whitaker Straw\tGBR\tGOV\tGOV\t2003-01-01\t2007-06-30",
            "Jack Straw\t\tGBR\tGOV\tGOVJUD\t2007-07-01\t2008-10-31",
            "Kofi Annan\tK. Annan\t\tIGO\tIGOUNO\t1997-01-01\t2006-12-31",
            "Kofi Annan\t\t\tELI\tELI\t\t",
            "William Hague\t\tGBR\tGOV\tGOV\t2010-05-12\t",
            "William Hague\t\tGBR\tELI\tELI\t\t",
        ], Table(ActorTableBuilder.PersonsFile));
    }

    [Fact]
    public void Organizations_take_their_role_code_and_leave_out_country_names_unmapped_codes_and_common_words()
    {
        Build();
        Assert.Equal(
        [
            "name\taliases\tcountry\tsector\tcode\tsource",
            "Actionaid\t\tGBR\tNGO\tNGOGBR\tinternational",
            "Aden Abyan Islamic Army (AAIA)\tAden Islamic Army\tYEM\tREB\tYEMREB\tnonstate",
            "El Rukn\tBlackstone Rangers\tUSA\tREB\tUSAREB\tnonstate",
            "Free Aceh Movement\t\tIDN\tREB\tIDNREB\tnonstate",
            "IAEA\t\t\tIGO\tIGOUNOIAE\tinternational",
            "International Atomic Energy Agency\t\t\tIGO\tIGOUNOIAE\tinternational",
            "Royal Navy\tBritish Navy\tGBR\tMIL\tGBRMIL\tcountries",
            "Taliban\t\tAFG\tREB\tAFGREB\tnonstate",
            "The Foreign Secretary\t\tGBR\tGOV\tGBRGOV\tinternational",
        ], Table(ActorTableBuilder.OrganizationsFile));
    }

    [Fact]
    public void Agents_expand_macros_and_plurals_and_map_CAMEO_media_to_JRN()
    {
        Build();
        Assert.Equal(
        [
            "pattern\tsector\tplural\tcode",
            "journalist\tJRN\tno\tMED",
            "journalists\tJRN\tyes\tMED",
            "policeman\tCOP\tno\tCOP",
            "policemen\tCOP\tyes\tCOP",
            "troops\tMIL\tno\tMIL",
        ], Table(ActorTableBuilder.AgentsFile));
    }

    [Fact]
    public void A_person_only_PETRARCH2_knows_resolves_at_the_sentence_date()
    {
        var kb = ActorKnowledgeBase.Load(Build());
        // Foreign Secretary in 2005: the UK's government.
        var straw = kb.FindName("Jack Straw", new DateOnly(2005, 6, 1))!;
        Assert.Equal(("GBR", "GOV", ActorKind.Person, true), (straw.Country, straw.Sector, straw.Kind, straw.IsCurrent));
        // Justice Secretary in 2008, then a former office holder: still British.
        Assert.Equal("GOVJUD", kb.FindName("John Whitaker Straw", new DateOnly(2008, 1, 1))!.Term!.Role);
        var later = kb.FindName("Jack Straw", new DateOnly(2011, 1, 1))!;
        Assert.Equal(("GBR", false), (later.Country, later.IsCurrent));
        Assert.Equal(("YEM", "REB"), (kb.FindName("Aden Islamic Army", new DateOnly(2005, 1, 1))!.Country, kb.FindName("Aden Islamic Army", new DateOnly(2005, 1, 1))!.Sector));
    }

    [Fact]
    public void An_open_PETRARCH2_term_is_not_current_after_2012()
    {
        var kb = ActorKnowledgeBase.Load(Build());
        var hague2011 = kb.FindName("William Hague", new DateOnly(2011, 1, 1))!;
        Assert.Equal(("GOV", true), (hague2011.Sector, hague2011.IsCurrent));
        var hague2014 = kb.FindName("William Hague", new DateOnly(2014, 1, 1))!;
        Assert.Equal(("GBR", "GOV", false), (hague2014.Country, hague2014.Sector, hague2014.IsCurrent));
    }

    [Fact]
    public void Hand_written_records_win()
    {
        var kb = ActorKnowledgeBase.Load(Build(["William Hague\tHague\tGBR\tGOV\tForeign Secretary\t\t2010-05-12\t2014-07-14\t"]));
        var hague = kb.FindName("William Hague", new DateOnly(2014, 1, 1))!;
        Assert.Equal(("Foreign Secretary", true), (hague.RoleTitle, hague.IsCurrent));
        // The hand-written office holder is the office's holder; derived persons hold no office, and a derived
        // organization named like a hand-written office title is left out.
        Assert.Null(kb.FindName("the Foreign Secretary", new DateOnly(2012, 1, 1)));
        Assert.Equal("William Hague", kb.FindOfficeHolder("Foreign Secretary", "GBR", new DateOnly(2012, 1, 1))!.Name);
        // "Britain" is a hand-written country name; "British Navy" is only a derived alias.
        Assert.Equal(ActorKind.Country, kb.FindName("Britain", new DateOnly(2005, 1, 1))!.Kind);
        Assert.Equal("GBR", kb.FindName("British Navy", new DateOnly(2005, 1, 1))!.Country);
        // A hand-written role word keeps its sector and plural; an agent word fills a gap.
        Assert.True(kb.FindRole("troops")!.IsPlural);
        Assert.Equal("COP", kb.FindRole("policeman")!.Sector);
        Assert.Null(kb.FindRole("thief"));
    }

    [Fact]
    public void Without_derived_tables_the_knowledge_base_loads_as_before()
    {
        var data = Build();
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(data, "actors"), "petrarch2-*")) File.Delete(file);
        var kb = ActorKnowledgeBase.Load(data);
        Assert.Null(kb.FindName("Jack Straw", new DateOnly(2005, 6, 1)));
        Assert.Equal("GBR", kb.FindName("Britain", new DateOnly(2005, 1, 1))!.Country);
    }

    [Fact]
    public void A_bad_derived_row_names_file_line_and_column()
    {
        var data = Build();
        File.AppendAllText(System.IO.Path.Combine(data, "actors", ActorTableBuilder.PersonsFile), "Zed Zed\t\tGBR\tGOV\tGOV\t2005-02-30\t\n");
        var kb = ActorKnowledgeBase.Load(data);
        var error = Assert.Throws<Brink.Coding.Data.DataFormatException>(() => kb.FindName("Nobody Known", new DateOnly(2005, 1, 1)));
        Assert.EndsWith(ActorTableBuilder.PersonsFile, error.File);
        Assert.Equal((8, "start"), (error.Line, error.Column));
    }

    [Fact]
    public void Codes_read_two_and_four_digit_years_and_skip_null_codes_and_bad_dates()
    {
        var codes = PetrarchActorReader.ParseCodes("[USAGOV 871123-890120] [IGOUNO >20070101] [GBRGOV <100511] [---] [KORGOVBUS 2004017-20061201] [ELI]");
        Assert.Equal(
        [
            new PetrarchCode("USAGOV", new DateOnly(1987, 11, 23), new DateOnly(1989, 1, 20)),
            new PetrarchCode("IGOUNO", new DateOnly(2007, 1, 1), null),
            new PetrarchCode("GBRGOV", null, new DateOnly(2010, 5, 11)),
            new PetrarchCode("ELI", null, null),
        ], codes);
    }
}
