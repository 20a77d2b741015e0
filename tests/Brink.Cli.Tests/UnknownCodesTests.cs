using Microsoft.Data.Sqlite;

namespace Brink.Cli.Tests;

/// <summary>Listing the dyads, and codes and types nobody stored: an error naming the nearest known ones, not an empty table.</summary>
public sealed class UnknownCodesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-codes-").FullName;
    private readonly string _db;

    public UnknownCodesTests()
    {
        _db = Path.Combine(_dir, "t.db");
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "Title: Strike\nPublished: 2027-03-05\n\nVenezuela attacked Guyana on Friday.\n\nGuyana accused Venezuela of aggression on Friday.\n");
        var r = BrinkProcess.Run("ingest", Path.Combine(_dir, "a.txt"), "--db", _db);
        Assert.True(r.ExitCode == 0, r.Stderr);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    [Fact]
    public void Dyads_lists_the_stored_dyads()
    {
        var r = BrinkProcess.Run("dyads", "--db", _db, "--top", "5");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"VEN\s*│\s*GUY", r.Stdout);
        Assert.Matches(@"GUY\s*│\s*VEN", r.Stdout);
    }

    [Fact]
    public void A_dyad_of_an_unknown_code_is_an_error_naming_the_nearest()
    {
        var r = BrinkProcess.Run("dyad", "VEM", "GUY", "--db", _db);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        var line = Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Contains("'VEM'", line);
        Assert.Contains("nearest known: VEN", line);
    }

    [Fact]
    public void An_unknown_event_type_or_party_is_an_error_naming_the_nearest()
    {
        var type = BrinkProcess.Run("events", "--db", _db, "--type", "ASSALT");
        Assert.Equal(1, type.ExitCode);
        Assert.Contains("nearest known: ASSAULT", type.Stderr);
        var actor = BrinkProcess.Run("events", "--db", _db, "--actor", "GUI");
        Assert.Equal(1, actor.ExitCode);
        Assert.Contains("nearest known: GUY", actor.Stderr);
        // A known type with no events of it is an answer, not an error.
        Assert.Equal(0, BrinkProcess.Run("events", "--db", _db, "--type", "AID").ExitCode);
    }
}
