using Brink.Analysis;
using Brink.Coding;
using Brink.Coding.Actors;
using Brink.Coding.Data;

namespace Brink.Analysis.Tests;

public sealed class CrisisReaderTests
{
    private const string Header = "onset\tside_a\tside_b\tkind\tname\tsource";

    private static CrisisList Read(string text, Func<string, bool>? isParty = null, bool strict = false) =>
        CrisisReader.Read(new StringReader(text), "crises.tsv", isParty, strict);

    [Fact]
    public void Reads_every_field_of_good_rows()
    {
        var list = Read($"""
            {Header}
            2024-04-13	IRN	ISR	escalation	Iranian strikes against Israel	https://en.wikipedia.org/wiki/April_2024_Iranian_strikes_against_Israel

            2023-11-24	HAMAS	ISR	deescalation	Truce	https://example.org/truce
            """);
        Assert.Empty(list.Errors);
        Assert.Equal(2, list.Crises.Count);
        var first = list.Crises[0];
        Assert.Equal(new DateOnly(2024, 4, 13), first.Onset);
        Assert.Equal(("IRN", "ISR"), (first.SideA, first.SideB));
        Assert.Equal(CrisisKind.Escalation, first.Kind);
        Assert.Equal("Iranian strikes against Israel", first.Name);
        Assert.StartsWith("https://en.wikipedia.org/", first.Source);
        Assert.Equal(CrisisKind.Deescalation, list.Crises[1].Kind);
        Assert.True(list.Crises[1].Involves("ISR", "HAMAS"));
        Assert.False(list.Crises[1].Involves("ISR", "PSE"));
    }

    [Fact]
    public void Columns_are_found_by_name_and_extra_columns_are_ignored()
    {
        var list = Read("kind\tnote\tsource\tname\tside_b\tside_a\tonset\nescalation\tx\thttps://a\tWar\tUKR\tRUS\t2022-02-24\n");
        Assert.Empty(list.Errors);
        Assert.Equal(new Crisis(new DateOnly(2022, 2, 24), "RUS", "UKR", CrisisKind.Escalation, "War", "https://a"), Assert.Single(list.Crises));
    }

    [Theory]
    [InlineData("2024-13-01\tIRN\tISR\tescalation\tX\thttps://a", "crises.tsv:3: column 'onset', value '2024-13-01'")]
    [InlineData("13/04/2024\tIRN\tISR\tescalation\tX\thttps://a", "crises.tsv:3: column 'onset'")]
    [InlineData("2024-04-13\tiran\tISR\tescalation\tX\thttps://a", "crises.tsv:3: column 'side_a', value 'iran'")]
    [InlineData("2024-04-13\tIRN\tIRN\tescalation\tX\thttps://a", "crises.tsv:3: column 'side_b'")]
    [InlineData("2024-04-13\tIRN\tISR\twar\tX\thttps://a", "crises.tsv:3: column 'kind', value 'war'")]
    [InlineData("2024-04-13\tIRN\tISR\tescalation\t\thttps://a", "crises.tsv:3: column 'name'")]
    [InlineData("2024-04-13\tIRN\tISR\tescalation\tX\t", "crises.tsv:3: column 'source'")]
    [InlineData("2024-04-13\tIRN\tISR\tescalation\tX", "crises.tsv:3: expected 6 tab-separated fields")]
    public void A_bad_row_is_named_by_line_and_column_and_the_rest_is_kept(string bad, string expected)
    {
        var list = Read($"{Header}\n2022-02-24\tRUS\tUKR\tescalation\tWar\thttps://a\n{bad}\n2008-08-08\tRUS\tGEO\tescalation\tWar\thttps://b\n");
        Assert.StartsWith(expected, Assert.Single(list.Errors));
        Assert.Equal(["UKR", "GEO"], list.Crises.Select(c => c.SideB));
    }

    [Fact]
    public void Strict_reading_stops_at_the_first_bad_row()
    {
        var e = Assert.Throws<DataFormatException>(() =>
            Read($"{Header}\n2022-02-24\tRUS\tUKR\tescalation\tWar\thttps://a\n2022-02-30\tRUS\tUKR\tescalation\tWar\thttps://a\n", strict: true));
        Assert.Equal(3, e.Line);
        Assert.Equal("onset", e.Column);
    }

    [Fact]
    public void A_repeated_crisis_names_the_line_it_repeats()
    {
        var list = Read($"{Header}\n2022-02-24\tRUS\tUKR\tescalation\tWar\thttps://a\n2022-02-24\tRUS\tUKR\tescalation\tInvasion\thttps://b\n");
        Assert.Single(list.Crises);
        Assert.Contains("crises.tsv:3: repeats the crisis on line 2", Assert.Single(list.Errors));
    }

    [Theory]
    [InlineData("")]
    [InlineData("onset\tside_a\tside_b\tkind\tname\n")]
    [InlineData("\0\0\u0001PK\n")]
    public void An_empty_or_binary_file_or_a_header_without_a_column_is_an_error(string text)
    {
        var e = Assert.Throws<DataFormatException>(() => Read(text));
        Assert.Equal(1, e.Line);
        Assert.StartsWith("crises.tsv:1", e.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var e = Assert.Throws<FileNotFoundException>(() => CrisisReader.Read("no-such-crises.tsv"));
        Assert.Contains("no-such-crises.tsv", e.Message);
    }

    [Fact]
    public void Sides_are_checked_against_the_parties_of_the_actor_tables()
    {
        var parties = CrisisReader.Parties(ActorKnowledgeBase.Load(EventExtractor.ResolveDataDir(null)));
        // Countries and groups that are parties of the store's dyads; not IGOs, which have no country.
        Assert.True(parties("IRN"));
        Assert.True(parties("HAMAS"));
        Assert.True(parties("HEZBOLLAH"));
        Assert.False(parties("NATO"));
        Assert.False(parties("XYZ"));
        var list = Read($"{Header}\n2024-04-13\tIRN\tISR\tescalation\tX\thttps://a\n2024-04-13\tIRN\tXYZ\tescalation\tX\thttps://a\n", parties);
        Assert.Single(list.Crises);
        Assert.StartsWith("crises.tsv:3: column 'side_b', value 'XYZ': not a party", Assert.Single(list.Errors));
    }
}
