using Brink.Text.Entities;

namespace Brink.Text.Tests.Entities;

/// <summary>Known names are marked longest first, with their position in the name and their kind.</summary>
public sealed class NameGazetteerTests
{
    private static NameGazetteer BuildFromTables(params string[] cities)
    {
        var dir = Directory.CreateTempSubdirectory("brink-gaz-");
        try
        {
            // The three GeoNames / ISO 3166 tables, as in ../shared/gazetteer, with only what the test needs.
            File.WriteAllLines(Path.Combine(dir.FullName, "geonames-cities1000.tsv"),
                ["id\tname\talt\tcountry\tcode\tadmin\tpopulation", .. cities.Select((c, i) => $"{i}\t{c}\t\tUS\tPPL\t01\t900000")]);
            File.WriteAllLines(Path.Combine(dir.FullName, "iso3166-countries.tsv"), ["a2\ta3\tnum\tname\tvariants", "FR\tFRA\t250\tFrance\t"]);
            File.WriteAllLines(Path.Combine(dir.FullName, "countries-capitals.tsv"), ["code\tname\tnative\tcapital", "FR\tFrance\tFrance\tParis"]);
            return NameGazetteer.Build(dir.FullName, null);
        }
        finally { dir.Delete(true); }
    }

    private static byte[] Tag(NameGazetteer gazetteer, string text)
    {
        var doc = new Doc(text);
        new Tokenizer().Process(doc);
        var tags = new byte[doc.Count];
        gazetteer.Tag(doc.Hashes, tags);
        return tags;
    }

    [Fact]
    public void The_longest_known_name_wins_and_each_token_gets_its_position()
    {
        var gazetteer = BuildFromTables("New York", "New York City", "York");
        // Tokens: She flew from New York City to York and Paris .
        var tags = Tag(gazetteer, "She flew from New York City to York and Paris.");
        int place = NameGazetteer.Place << 3;
        Assert.Equal(new byte[] { 0, 0, 0, (byte)(1 | place), (byte)(2 | place), (byte)(3 | place), 0, (byte)(4 | place), 0, (byte)(4 | place), 0 }, tags);
    }

    [Fact]
    public void Matching_ignores_case_and_marks_nothing_unknown()
    {
        var gazetteer = BuildFromTables("Port Louis");
        Assert.Equal(new byte[] { 0, 1 | NameGazetteer.Place << 3, 3 | NameGazetteer.Place << 3 }, Tag(gazetteer, "in PORT LOUIS"));
        Assert.All(Tag(gazetteer, "Port authorities in Louisville met on Friday."), t => Assert.Equal(0, t));
    }
}
