using Brink.Store.Backends;
using Microsoft.Data.Sqlite;

namespace Brink.Store.Tests;

/// <summary>The positional-binding statement cache that SQLite writes go through.</summary>
public sealed class SqliteStatementsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"brink-stmt-{Guid.NewGuid():N}.db");
    private readonly SqliteConnection _c;

    public SqliteStatementsTests()
    {
        _c = new SqliteConnection($"Data Source={_path};Pooling=False");
        _c.Open();
        Sql.Exec(_c, null, "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c REAL, d TEXT)");
    }

    [Fact]
    public void Parameters_bind_by_their_number_whatever_order_or_repetition_they_appear_in()
    {
        Sql.Exec(_c, null, "INSERT INTO t (d, c, b, a) VALUES (@p3, @p2, @p1, @p0)", "x", 7L, 2.5, new DateOnly(2024, 4, 15));
        Assert.Equal(1L, Sql.Scalar(_c, null, "SELECT COUNT(*) FROM t WHERE a = @p1 AND b = @p0 AND d = @p2 AND c > @p3 AND a = @p1", 7, "x", "2024-04-15", 2.0));
        var rows = new List<object?[]>();
        Sql.Rows(_c, null, "SELECT a, b, c, d, NULL FROM t WHERE b = @p0", [7], rows.Add);
        Assert.Equal([new object?[] { "x", 7L, 2.5, "2024-04-15", null }], rows);
    }

    [Fact]
    public void A_statement_reused_with_new_values_sees_no_stale_bindings()
    {
        const string insert = "INSERT INTO t (a, b) VALUES (@p0, @p1)";
        Sql.Exec(_c, null, insert, "first", 1);
        Sql.Exec(_c, null, insert, null, 2);
        Assert.Equal(1L, Sql.Scalar(_c, null, "SELECT COUNT(*) FROM t WHERE a IS NULL AND b = @p0", 2));
        Assert.Equal(2, Sql.Exec(_c, null, "UPDATE t SET c = @p0", 1.0));
    }

    [Fact]
    public void More_distinct_statements_than_the_cache_holds_still_run()
    {
        for (int i = 0; i < 450; i++) Sql.Exec(_c, null, $"INSERT INTO t (b) VALUES (@p0 + {i})", 1);
        Assert.Equal(450L, Sql.Scalar(_c, null, "SELECT COUNT(DISTINCT b) FROM t"));
    }

    [Fact]
    public void Errors_are_SQLite_errors_and_leave_the_statement_usable()
    {
        Sql.Exec(_c, null, "CREATE UNIQUE INDEX t_a ON t (a)");
        const string insert = "INSERT INTO t (a) VALUES (@p0)";
        Sql.Exec(_c, null, insert, "dup");
        var e = Assert.Throws<SqliteException>(() => Sql.Exec(_c, null, insert, "dup"));
        Assert.Equal(19, e.SqliteErrorCode); // SQLITE_CONSTRAINT
        Sql.Exec(_c, null, insert, "other");
        Assert.Equal(2L, Sql.Scalar(_c, null, "SELECT COUNT(*) FROM t"));
        Assert.Throws<ArgumentException>(() => Sql.Exec(_c, null, insert, Guid.NewGuid()));
        Assert.Throws<ArgumentException>(() => Sql.Exec(_c, null, "INSERT INTO t (a, b) VALUES (@p0, @p1)", "only one"));
    }

    [Fact]
    public void A_connection_closed_and_opened_again_prepares_its_statements_anew()
    {
        const string insert = "INSERT INTO t (a) VALUES (@p0)";
        Sql.Exec(_c, null, insert, "before");
        _c.Close();
        _c.Open();
        // A statement cached from the closed handle would fail or write nowhere.
        Sql.Exec(_c, null, insert, "after");
        Assert.Equal(2L, Sql.Scalar(_c, null, "SELECT COUNT(*) FROM t"));
    }

    public void Dispose()
    {
        _c.Dispose();
        File.Delete(_path);
    }
}
