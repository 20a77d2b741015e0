using Npgsql;

namespace Brink.Queue.Tests;

/// <summary>
/// A PostgreSQL server of the tests' own: a cluster initdb'd in a temporary folder on a free port, so restarting it disturbs
/// nobody else's. Run as the postgres user when the tests run as root (the server refuses root).
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-pg-").FullName;
    private readonly string _data;
    private readonly int _port = FreePort.Next();

    public PostgresServer()
    {
        _data = Path.Combine(_dir, "data");
        if (Environment.UserName == "root") Tools.Run(new System.Diagnostics.ProcessStartInfo("chown", ["-R", "postgres:postgres", _dir]) { RedirectStandardOutput = true, RedirectStandardError = true });
        Tools.Run(Tools.AsPostgres(Path.Combine(Tools.PostgresBin, "initdb"), "-D", _data, "-U", "brink", "--auth=trust", "-E", "UTF8", "--no-sync"));
        // No fsync: the tests restart the server cleanly (a fast shutdown writes everything), and a test machine's disk is slow.
        Tools.Run(Tools.AsPostgres(Path.Combine(Tools.PostgresBin, "pg_ctl"), "-D", _data, "-l", Path.Combine(_dir, "log"), "-w", "-o",
            $"-p {_port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50", "start"));
    }

    /// <summary>The server's maintenance database, for creating test databases.</summary>
    private string Admin => $"Host=127.0.0.1;Port={_port};Username=brink;Database=postgres;Pooling=false";

    /// <summary>A new empty database; its connection string.</summary>
    public string NewDatabase()
    {
        string name = "t_" + Guid.NewGuid().ToString("N")[..12];
        using var c = new NpgsqlConnection(Admin);
        c.Open();
        using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
        cmd.ExecuteNonQuery();
        return $"Host=127.0.0.1;Port={_port};Username=brink;Database={name}";
    }

    /// <summary>Restarts the server (a fast shutdown: open transactions are rolled back, connections cut).</summary>
    public void Restart() =>
        Tools.Run(Tools.AsPostgres(Path.Combine(Tools.PostgresBin, "pg_ctl"), "-D", _data, "-l", Path.Combine(_dir, "log"), "-m", "fast", "-w", "restart"));

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try { Tools.Run(Tools.AsPostgres(Path.Combine(Tools.PostgresBin, "pg_ctl"), "-D", _data, "-m", "immediate", "-w", "stop")); }
        catch (InvalidOperationException) { /* already stopped */ }
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
