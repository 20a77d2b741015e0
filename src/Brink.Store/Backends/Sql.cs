using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Brink.Store.Backends;

/// <summary>Plain SQL over ADO.NET with positional parameters @p0, @p1, ... (both providers accept them).</summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection c, DbTransaction? tx, string sql, params object?[] args)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        for (int i = 0; i < args.Length; i++)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "p" + i;
            p.Value = Value(args[i]);
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    /// <summary>"@p{first}, @p{first+1}, ...": the placeholders of an IN list of <paramref name="count"/> values.</summary>
    public static string Parameters(int first, int count) => string.Join(", ", Enumerable.Range(first, count).Select(i => "@p" + i));

    public static int Exec(DbConnection c, DbTransaction? tx, string sql, params object?[] args) =>
        c is SqliteConnection lite ? SqliteStatements.For(lite).Exec(sql, args) : Cached(c, tx, sql, args).ExecuteNonQuery();

    /// <summary>Runs a statement and hands every row it returns, as column values, to <paramref name="read"/>.</summary>
    public static void Rows(DbConnection c, DbTransaction? tx, string sql, object?[] args, Action<object?[]> read)
    {
        if (c is SqliteConnection lite) { SqliteStatements.For(lite).Run(sql, args, read); return; }
        using var cmd = Command(c, tx, sql, args);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var row = new object?[r.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            read(row);
        }
    }

    // Statements without a reader are kept per connection and re-executed: the write path runs the same few
    // statements for every report, and parsing them anew each time was most of its cost. SQLite keeps its own (SqliteStatements).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Statements = new();

    private static DbCommand Cached(DbConnection c, DbTransaction? tx, string sql, object?[] args)
    {
        var cache = Statements.GetOrCreateValue(c);
        if (!cache.TryGetValue(sql, out var cmd) || cmd.Parameters.Count != args.Length)
        {
            if (cache.Count > 200) { foreach (var old in cache.Values) old.Dispose(); cache.Clear(); }
            cache[sql] = cmd = Command(c, tx, sql, args);
            return cmd;
        }
        cmd.Transaction = tx;
        for (int i = 0; i < args.Length; i++) cmd.Parameters[i].Value = Value(args[i]);
        return cmd;
    }

    private static object Value(object? v) => v switch { null => DBNull.Value, DateOnly d => Day(d), bool b => b ? 1 : 0, _ => v };

    public static long Scalar(DbConnection c, DbTransaction? tx, string sql, params object?[] args)
    {
        var v = c is SqliteConnection lite ? SqliteStatements.For(lite).Scalar(sql, args) : Cached(c, tx, sql, args).ExecuteScalar();
        return v is null or DBNull ? 0 : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Days are stored as ISO text in both backends, so they sort and compare the same way everywhere.</summary>
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly? ReadDay(DbDataReader r, int i) => r.IsDBNull(i) ? null : ParseDay(r.GetString(i));

    /// <summary>A day column's value as <see cref="Rows"/> hands it over (ISO text or null).</summary>
    public static DateOnly? Day(object? v) => v is string s ? ParseDay(s) : null;

    /// <summary>An integer column's value as <see cref="Rows"/> hands it over (SQLite gives long, PostgreSQL its column type).</summary>
    public static long Long(object? v) => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    public static string? ReadText(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    public static double? ReadReal(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
    public static long ReadLong(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
}
