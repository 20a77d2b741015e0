namespace Brink.Store.Tests;

/// <summary>The store contract on a SQLite file in a temporary folder.</summary>
public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-store-").FullName;
    private int _n;

    protected override string NewDatabase() => Path.Combine(_dir, $"t{_n++}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
