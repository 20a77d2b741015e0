using Brink.Coding.Places;

namespace Brink.Coding.Tests.Places;

public sealed class PlaceTableTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-places-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Built_table_keeps_big_places_and_seats_and_ranks_shared_names_by_population()
    {
        string gaz = Path.Combine(_dir, "gaz");
        Directory.CreateDirectory(gaz);
        File.WriteAllText(Path.Combine(gaz, "iso3166-countries.tsv"), "alpha2\talpha3\tnumeric\tname\tother_names\nLY\tLBY\t434\tLibya\t\nLB\tLBN\t422\tLebanon\t\nIQ\tIRQ\t368\tIraq\t\n");
        File.WriteAllText(Path.Combine(gaz, "geonames-cities1000.tsv"),
            "geonameid\tname\talt_name\tcountry_alpha2\tfeature_code\tadmin1\tpopulation\tlat\tlon\n" +
            "1\tTripoli\t\tLY\tPPLC\t1\t1150989\t0\t0\n2\tTripoli\t\tLB\tPPLA\t1\t229398\t0\t0\n" +
            "3\tErbil\tArbil\tIQ\tPPLA\t1\t932800\t0\t0\n4\tTinyville\t\tIQ\tPPL\t1\t1200\t0\t0\n");
        string dataDir = Path.Combine(_dir, "data");
        int n = PlaceTableBuilder.Build(gaz, Path.Combine(dataDir, "places", "places.tsv"));
        Assert.Equal(4, n); // Tripoli twice, Erbil and its alternate name; Tinyville is too small
        var index = PlaceIndex.Load(dataDir);
        Assert.Equal("LBY", index.CountryOf("Tripoli"));
        Assert.Equal("IRQ", index.CountryOf("Arbil"));
        Assert.Null(index.CountryOf("Tinyville"));
    }

    [Fact]
    public void Missing_gazetteer_names_the_file()
    {
        var e = Assert.Throws<FileNotFoundException>(() => PlaceTableBuilder.Build(Path.Combine(_dir, "nope"), Path.Combine(_dir, "out.tsv")));
        Assert.Contains("geonames-cities1000.tsv", e.Message);
    }
}
