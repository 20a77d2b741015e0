using Brink.Store;

namespace Brink.Store.Tests;

/// <summary>The store contract on a SQLite file in a temporary folder.</summary>
public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-store-").FullName;
    private int _n;

    protected override string NewDatabase() => Path.Combine(_dir, $"t{_n++}.db");

    [Fact]
    public void AFullDiskRollsBackTheBatchKeepsWhatWasStoredAndSaysWhatToDo()
    {
        string db = NewDatabase();
        var day = new DateOnly(2027, 3, 4);
        using (var s = EventStore.Open(db, new SameDayRule())) s.Write([Reports.Article("Stored before.", day, "Wire", Reports.Event("e1", "ASSAULT", "VEN", "GUY", day))]);
        long pages;
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA page_count";
            pages = (long)cmd.ExecuteScalar()!;
        }
        // SQLite's page limit stands in for a full disk: the file may not grow past a few more pages.
        using var full = EventStore.Open(db, new SameDayRule(), new StoreOptions { SqliteMaxPageCount = pages + 2 });
        var big = Enumerable.Range(0, 200).Select(i => Reports.Article(new string('x', 2000) + i, day, "Wire", Reports.Event("e", "ASSAULT", "VEN", "GUY", day))).ToList();
        var e = Assert.Throws<StoreException>(() => full.Write(big));
        Assert.Contains("is full", e.Message);
        Assert.Contains(db, e.Message);
        Assert.Equal(new StoreCounts(1, 1, 1, 1), full.Counts());
    }

    [Fact]
    public void ALockedDatabaseIsNamedAndNothingIsHalfWritten()
    {
        string db = NewDatabase();
        var day = new DateOnly(2027, 3, 4);
        using (var s = EventStore.Open(db, new SameDayRule())) s.Write([Reports.Article("Stored before.", day, "Wire", Reports.Event("e1", "ASSAULT", "VEN", "GUY", day))]);
        using var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        other.Open();
        using (var cmd = other.CreateCommand()) { cmd.CommandText = "BEGIN EXCLUSIVE"; cmd.ExecuteNonQuery(); }
        var e = Assert.Throws<StoreException>(() =>
        {
            using var locked = EventStore.Open(db, new SameDayRule(), new StoreOptions { SqliteBusyTimeout = TimeSpan.FromMilliseconds(300) });
            locked.Write([Reports.Article("Blocked.", day, "Wire", Reports.Event("e1", "ASSAULT", "VEN", "GUY", day))]);
        });
        Assert.Contains("locked", e.Message);
        Assert.Contains(db, e.Message);
        using (var cmd = other.CreateCommand()) { cmd.CommandText = "ROLLBACK"; cmd.ExecuteNonQuery(); }
        using var after = EventStore.Open(db, new SameDayRule());
        Assert.Equal(new StoreCounts(1, 1, 1, 1), after.Counts());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
