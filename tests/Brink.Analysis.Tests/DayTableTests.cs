using Microsoft.Data.Sqlite;
using Npgsql;

namespace Brink.Analysis.Tests;

public sealed class SqliteDayTableTests : DayTableContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-days-").FullName;
    private int _n;

    protected override string NewDatabase() => Path.Combine(_dir, $"d{_n++}.db");

    protected override void Execute(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = new SqliteCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }
}

[Trait("Backend", "postgres")]
public sealed class PostgresDayTableTests : DayTableContract, IDisposable
{
    private readonly List<string> _schemas = [];

    protected override string NewDatabase() => Brink.Store.Tests.PostgresStoreTests.NewSchema(Brink.Store.Tests.PostgresStoreTests.Server, _schemas);

    protected override void Execute(string db, string sql)
    {
        using var c = new NpgsqlConnection(db);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => Brink.Store.Tests.PostgresStoreTests.DropSchemas(_schemas);
}
