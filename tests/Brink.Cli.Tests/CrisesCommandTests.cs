using Microsoft.Data.Sqlite;

namespace Brink.Cli.Tests;

public sealed class CrisesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-crises-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private string NewStore()
    {
        string db = Path.Combine(_dir, "t.db");
        Brink.Analysis.StoreRules.Open(db).Dispose();
        return db;
    }

    private string File(string text)
    {
        string path = Path.Combine(_dir, "crises.tsv");
        System.IO.File.WriteAllText(path, "onset\tside_a\tside_b\tkind\tname\tsource\n" + text);
        return path;
    }

    [Fact]
    public void Load_names_a_bad_row_stores_the_rest_and_a_reload_leaves_the_same_list()
    {
        string db = NewStore();
        string file = File("2024-04-13\tIRN\tISR\tescalation\tIranian strikes\thttps://a\n2024-04-14\tIRN\tXYZ\tescalation\tNo such party\thttps://b\n" +
            "2022-02-24\tRUS\tUKR\tescalation\tInvasion\thttps://c\n");
        var first = BrinkProcess.Run("crises", "load", file, "--db", db);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains($"{file}:3: column 'side_b', value 'XYZ'", first.Stderr);
        Assert.Contains("Loaded 2 crises", first.Stdout);
        var again = BrinkProcess.Run("crises", "load", file, "--db", db);
        Assert.Contains("Loaded 2 crises", again.Stdout);
        Assert.Contains("replacing the 2 it held", again.Stdout);
        var list = BrinkProcess.Run("crises", "--db", db);
        Assert.True(list.ExitCode == 0, list.Stderr);
        Assert.Contains("2 crises", list.Stdout);
        var dyad = BrinkProcess.Run("crises", "--db", db, "--party", "ISR", "--party", "IRN");
        Assert.Contains("Iranian strikes", dyad.Stdout);
        Assert.DoesNotContain("Invasion", dyad.Stdout);
        Assert.Contains("1 crises", dyad.Stdout);
    }

    [Fact]
    public void Strict_load_of_a_file_with_a_bad_row_stores_nothing()
    {
        string db = NewStore();
        var r = BrinkProcess.Run("crises", "load", File("2024-04-13\tIRN\tISR\tescalation\tIranian strikes\thttps://a\n2024-04-31\tIRN\tISR\tescalation\tX\thttps://b\n"),
            "--db", db, "--strict");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(":3: column 'onset', value '2024-04-31'", r.Stderr);
        Assert.Contains("no crises", BrinkProcess.Run("crises", "--db", db).Stdout);
    }

    [Fact]
    public void Load_into_a_missing_store_or_from_a_missing_file_is_one_line_and_exit_1()
    {
        var noStore = BrinkProcess.Run("crises", "load", File(""), "--db", Path.Combine(_dir, "missing.db"));
        Assert.Equal(1, noStore.ExitCode);
        Assert.Contains("missing.db' does not exist", noStore.Stderr);
        var noFile = BrinkProcess.Run("crises", "load", Path.Combine(_dir, "none.tsv"), "--db", NewStore());
        Assert.Equal(1, noFile.ExitCode);
        Assert.Single(noFile.Stderr.Trim().Split('\n'));
        Assert.Contains("none.tsv", noFile.Stderr);
    }
}
