using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Brink.Store.Backends;

/// <summary>The embedded store: one SQLite file in WAL mode, one writer at a time.</summary>
internal sealed class SqliteDialect(string path, StoreOptions options) : Dialect
{
    public override string Name => "SQLite";
    public override string IdColumn => "INTEGER PRIMARY KEY";
    public override string RealType => "REAL";

    public override DbConnection Open()
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null && !Directory.Exists(dir)) throw new StoreException($"Database '{path}': folder '{dir}' does not exist; create it or give another --db.");
        if (options.ReadOnly) return OpenReadOnly();
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = Math.Max(1, (int)options.SqliteBusyTimeout.TotalSeconds) }.ConnectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        // WAL lets readers (the dashboard, `brink dyad`) run while an ingest writes; NORMAL sync is durable at every commit in WAL.
        // Temporary storage in memory: a batch's multi-row statements journal the pages they change for a statement rollback,
        // and past 64 KiB SQLite spilled that journal to a new file in /var/tmp for nearly every statement of a batch.
        // Checkpoints every 64 MB of WAL instead of 4 MB: pages rewritten by many commits (index roots, the day table's
        // newest rows) are copied into the database once per checkpoint, not once per few commits.
        cmd.CommandText = $"PRAGMA busy_timeout = {(int)options.SqliteBusyTimeout.TotalMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 16384;"
            + (options.SqliteMaxPageCount is long n ? $" PRAGMA max_page_count = {n};" : "");
        cmd.ExecuteNonQuery();
        return c;
    }

    /// <summary>
    /// Opens an existing file for reading. A WAL store whose -shm file is gone cannot be read by a user who may not create
    /// it in the folder; such a store, which nobody here can change, is then opened as immutable.
    /// </summary>
    private SqliteConnection OpenReadOnly()
    {
        if (!File.Exists(path)) throw new StoreException($"Database '{path}' does not exist; run `brink ingest` first or give --db.");
        try { return Configure(new SqliteConnection(ReadOnlyConnection(path))); }
        catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) is 8 or 14)
        {
            var uri = new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1";
            return Configure(new SqliteConnection(ReadOnlyConnection(uri)));
        }
    }

    private string ReadOnlyConnection(string source) => new SqliteConnectionStringBuilder
    {
        DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = Math.Max(1, (int)options.SqliteBusyTimeout.TotalSeconds),
    }.ConnectionString;

    private SqliteConnection Configure(SqliteConnection c)
    {
        try
        {
            c.Open();
            using var cmd = c.CreateCommand();
            // Reading the schema now makes a store that cannot be read fail here, where the immutable fallback can catch it.
            cmd.CommandText = $"PRAGMA busy_timeout = {(int)options.SqliteBusyTimeout.TotalMilliseconds}; PRAGMA cache_size = -262144;";
            cmd.ExecuteNonQuery();
            cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master";
            cmd.ExecuteScalar();
            return c;
        }
        catch
        {
            c.Dispose();
            throw;
        }
    }

    public override DbTransaction Begin(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override void LockGroup(DbConnection c, DbTransaction tx, string groupKey) { }

    // CANTOPEN on a file that exists: the folder refuses the -shm and -wal files a writer needs.
    public override bool IsReadOnly(Exception e) => e is SqliteException { SqliteErrorCode: 8 } || e is SqliteException { SqliteErrorCode: 14 } && File.Exists(path);

    public override string? Explain(Exception e) => e is SqliteException s ? (s.SqliteErrorCode switch
    {
        26 => "is not a Brink database or is corrupt (SQLite: file is not a database); restore it from a backup or give another --db",
        11 => "is corrupt (SQLite: database disk image is malformed); restore it from a backup or run `sqlite3 FILE .recover`",
        5 or 6 => "is locked by another process; wait for it to finish or give another --db",
        8 => "is read-only; check the file's and folder's permissions or give another --db",
        13 => "is full (disk or size limit reached); the current batch was rolled back and nothing stored before was lost; free space and run again",
        14 => "cannot be opened; check that the path and its folder are writable",
        _ => null,
    }) : null;
}
