using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Brink.Store.Backends;

/// <summary>
/// Prepared SQLite statements of one connection, bound by position. Microsoft.Data.Sqlite binds every
/// parameter by name, and SQLite finds a name by a linear search over the statement's names: for the
/// write path's many-parameter statements that search was a fifth of all ingest time. Here each statement's
/// names are mapped to argument positions once, when it is prepared.
/// </summary>
internal sealed class SqliteStatements
{
    private const int MaxCached = 200;
    private static readonly ConditionalWeakTable<SqliteConnection, SqliteStatements> All = new();
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, (sqlite3_stmt Statement, int[] Args)> _cache = new(StringComparer.Ordinal);

    private SqliteStatements(SqliteConnection connection)
    {
        _connection = connection;
        // Statements left unfinalized would keep the database file open after the connection closes.
        connection.StateChange += (_, e) => { if (e.CurrentState == ConnectionState.Closed) Clear(); };
    }

    public static SqliteStatements For(SqliteConnection c) => All.GetValue(c, x => new SqliteStatements(x));

    /// <summary>Runs a statement; returns the rows it changed.</summary>
    public int Exec(string sql, object?[] args)
    {
        Run(sql, args, null);
        return raw.sqlite3_changes(_connection.Handle);
    }

    /// <summary>The first column of the first row, or null.</summary>
    public object? Scalar(string sql, object?[] args)
    {
        object? first = null;
        bool seen = false;
        Run(sql, args, row => { if (!seen) { first = row[0]; seen = true; } });
        return first;
    }

    /// <summary>Runs a statement and hands every row it returns, as column values, to <paramref name="read"/>.</summary>
    public void Run(string sql, object?[] args, Action<object?[]>? read)
    {
        var db = _connection.Handle ?? throw new InvalidOperationException("The SQLite connection is closed.");
        var (stmt, map) = Prepared(db, sql);
        try
        {
            for (int i = 0; i < map.Length; i++) Check(Bind(stmt, i + 1, map[i] < args.Length ? args[map[i]] : throw Missing(sql, map[i])), db);
            int rc;
            while ((rc = raw.sqlite3_step(stmt)) == raw.SQLITE_ROW)
                if (read is not null) read(Row(stmt));
            if (rc != raw.SQLITE_DONE) Check(rc, db);
        }
        finally
        {
            raw.sqlite3_reset(stmt);
            raw.sqlite3_clear_bindings(stmt);
        }
    }

    private (sqlite3_stmt, int[]) Prepared(sqlite3 db, string sql)
    {
        if (_cache.TryGetValue(sql, out var found)) return found;
        if (_cache.Count >= MaxCached) Clear();
        Check(raw.sqlite3_prepare_v2(db, sql, out var stmt), db);
        // Parameter i (1-based) is named @pN: it takes argument N.
        var map = new int[raw.sqlite3_bind_parameter_count(stmt)];
        for (int i = 0; i < map.Length; i++)
        {
            string name = raw.sqlite3_bind_parameter_name(stmt, i + 1).utf8_to_string() ?? "";
            if (!name.StartsWith("@p", StringComparison.Ordinal) || !int.TryParse(name.AsSpan(2), out map[i]))
            {
                stmt.Dispose();
                throw new ArgumentException($"SQL parameter '{name}' is not of the form @pN in: {sql}");
            }
        }
        _cache[sql] = (stmt, map);
        return (stmt, map);
    }

    private static int Bind(sqlite3_stmt stmt, int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(stmt, index),
        string s => raw.sqlite3_bind_text(stmt, index, s),
        long l => raw.sqlite3_bind_int64(stmt, index, l),
        int n => raw.sqlite3_bind_int64(stmt, index, n),
        bool b => raw.sqlite3_bind_int64(stmt, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(stmt, index, d),
        float f => raw.sqlite3_bind_double(stmt, index, f),
        DateOnly day => raw.sqlite3_bind_text(stmt, index, Sql.Day(day)),
        _ => throw new ArgumentException($"Cannot store a value of type {value.GetType().Name} in SQLite."),
    };

    private static object?[] Row(sqlite3_stmt stmt)
    {
        var row = new object?[raw.sqlite3_column_count(stmt)];
        for (int i = 0; i < row.Length; i++)
            row[i] = raw.sqlite3_column_type(stmt, i) switch
            {
                raw.SQLITE_INTEGER => raw.sqlite3_column_int64(stmt, i),
                raw.SQLITE_FLOAT => raw.sqlite3_column_double(stmt, i),
                raw.SQLITE_NULL => null,
                _ => raw.sqlite3_column_text(stmt, i).utf8_to_string(),
            };
        return row;
    }

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }

    private static ArgumentException Missing(string sql, int n) => new($"No value given for @p{n} in: {sql}");

    private void Clear()
    {
        foreach (var (stmt, _) in _cache.Values) stmt.Dispose();
        _cache.Clear();
    }
}
