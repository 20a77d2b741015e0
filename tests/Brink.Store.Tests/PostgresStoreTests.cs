using Npgsql;

namespace Brink.Store.Tests;

/// <summary>
/// The store contract on a real PostgreSQL server named by BRINK_TEST_POSTGRES (.ci/run starts one);
/// every test gets its own schema, dropped afterwards. ./test.sh leaves these out, saying so, when no server is given.
/// </summary>
[Trait("Backend", "postgres")]
public sealed class PostgresStoreTests : StoreContract, IDisposable
{
    private readonly List<string> _schemas = [];

    public static string Server => Environment.GetEnvironmentVariable("BRINK_TEST_POSTGRES")
        ?? throw new InvalidOperationException("BRINK_TEST_POSTGRES is not set: give a PostgreSQL connection string (./test.sh excludes these tests without it).");

    protected override string NewDatabase() => NewSchema(Server, _schemas);

    public static string NewSchema(string server, List<string> created)
    {
        string schema = "t_" + Guid.NewGuid().ToString("N")[..12];
        using (var c = new NpgsqlConnection(server))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
            cmd.ExecuteNonQuery();
        }
        created.Add(schema);
        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }

    public void Dispose() => DropSchemas(_schemas);

    public static void DropSchemas(List<string> schemas)
    {
        NpgsqlConnection.ClearAllPools();
        using var c = new NpgsqlConnection(Server);
        c.Open();
        foreach (var s in schemas)
        {
            using var cmd = new NpgsqlCommand($"DROP SCHEMA {s} CASCADE", c);
            cmd.ExecuteNonQuery();
        }
    }
}
