using System.Data.Common;
using System.Numerics;
using System.Text;

namespace Brink.Store.Backends;

/// <summary>
/// Multi-row statements (INSERT ... VALUES (...), (...)): one round trip for many rows, which is what makes
/// PostgreSQL over a socket keep up with the coder; SQLite gains too.
/// </summary>
internal static class MultiRow
{
    // PostgreSQL takes 65,535 parameters per statement. SQLite's statements stay smaller: there a round trip
    // costs nothing, and preparing a statement searches its parameter names linearly for each parameter.
    private const int MaxParameters = 30_000;
    private const int MaxSqliteParameters = 400;
    private const int MaxRows = 500;

    /// <summary>Runs <paramref name="head"/> VALUES (...), ... <paramref name="tail"/> over the rows in chunks.</summary>
    public static void Execute(DbConnection c, DbTransaction tx, string head, IReadOnlyList<object?[]> rows, string tail = "")
    {
        foreach (var (sql, args) in Chunks(c, head, rows, tail))
            Sql.Exec(c, tx, sql, args);
    }

    /// <summary>Sets <paramref name="column"/> of the rows of <paramref name="table"/> given as (id, value) pairs.</summary>
    public static void SetColumn(DbConnection c, DbTransaction tx, string table, string column, IReadOnlyList<object?[]> rows)
    {
        // SQLite runs a prepared single-row UPDATE in microseconds; a join against a VALUES list costs it more.
        if (c is Microsoft.Data.Sqlite.SqliteConnection)
            foreach (var row in rows) Sql.Exec(c, tx, $"UPDATE {table} SET {column} = @p1 WHERE id = @p0", row);
        else
            Execute(c, tx, "WITH v(id, k) AS (", rows, $") UPDATE {table} SET {column} = v.k FROM v WHERE {table}.id = v.id");
    }

    /// <summary>Like <see cref="Execute"/> with a RETURNING tail; <paramref name="read"/> sees every returned row.</summary>
    public static void Returning(DbConnection c, DbTransaction tx, string head, IReadOnlyList<object?[]> rows, string returning, Action<object?[]> read)
    {
        foreach (var (sql, args) in Chunks(c, head, rows, " RETURNING " + returning))
            Sql.Rows(c, tx, sql, args, read);
    }

    private static IEnumerable<(string Sql, object?[] Args)> Chunks(DbConnection c, string head, IReadOnlyList<object?[]> rows, string tail)
    {
        if (rows.Count == 0) yield break;
        int columns = rows[0].Length;
        int maxParameters = c is Microsoft.Data.Sqlite.SqliteConnection ? MaxSqliteParameters : MaxParameters;
        int perChunk = Math.Max(1, Math.Min(MaxRows, maxParameters / columns));
        for (int start = 0, n; start < rows.Count; start += n)
        {
            // Chunks of whole powers of two: a handful of distinct statements, each prepared once and then reused.
            n = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Min(perChunk, rows.Count - start) + 1) / 2;
            var sql = new StringBuilder(head).Append(" VALUES ");
            var args = new object?[n * columns];
            for (int i = 0; i < n; i++)
            {
                sql.Append(i == 0 ? "(" : ", (");
                for (int j = 0; j < columns; j++)
                {
                    if (j > 0) sql.Append(", ");
                    sql.Append("@p").Append(i * columns + j);
                    args[i * columns + j] = rows[start + i][j];
                }
                sql.Append(')');
            }
            yield return (sql.Append(tail).ToString(), args);
        }
    }
}
