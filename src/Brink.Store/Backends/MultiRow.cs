using System.Data.Common;
using System.Text;

namespace Brink.Store.Backends;

/// <summary>
/// Multi-row statements (INSERT ... VALUES (...), (...)): one round trip for many rows, which is what makes
/// PostgreSQL over a socket keep up with the coder; SQLite gains too.
/// </summary>
internal static class MultiRow
{
    // PostgreSQL takes 65,535 parameters per statement. SQLite finds each named parameter by a linear search
    // when binding, so its statements stay small: there a round trip costs nothing and binding is the cost.
    private const int MaxParameters = 30_000;
    private const int MaxSqliteParameters = 120;
    private const int MaxRows = 500;

    /// <summary>Runs <paramref name="head"/> VALUES (...), ... <paramref name="tail"/> over the rows in chunks.</summary>
    public static void Execute(DbConnection c, DbTransaction tx, string head, IReadOnlyList<object?[]> rows, string tail = "")
    {
        foreach (var (sql, args) in Chunks(c, head, rows, tail))
            Sql.Exec(c, tx, sql, args);
    }

    /// <summary>Like <see cref="Execute"/> with a RETURNING tail; <paramref name="read"/> sees every returned row.</summary>
    public static void Returning(DbConnection c, DbTransaction tx, string head, IReadOnlyList<object?[]> rows, string returning, Action<DbDataReader> read)
    {
        foreach (var (sql, args) in Chunks(c, head, rows, " RETURNING " + returning))
        {
            using var cmd = Sql.Command(c, tx, sql, args);
            using var r = cmd.ExecuteReader();
            while (r.Read()) read(r);
        }
    }

    private static IEnumerable<(string Sql, object?[] Args)> Chunks(DbConnection c, string head, IReadOnlyList<object?[]> rows, string tail)
    {
        if (rows.Count == 0) yield break;
        int columns = rows[0].Length;
        int maxParameters = c is Microsoft.Data.Sqlite.SqliteConnection ? MaxSqliteParameters : MaxParameters;
        int perChunk = Math.Max(1, Math.Min(MaxRows, maxParameters / columns));
        for (int start = 0; start < rows.Count; start += perChunk)
        {
            int n = Math.Min(perChunk, rows.Count - start);
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
