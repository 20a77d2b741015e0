using System.Data.Common;

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
            p.Value = args[i] switch { null => DBNull.Value, DateOnly d => Day(d), bool b => b ? 1 : 0, var v => v };
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    public static int Exec(DbConnection c, DbTransaction? tx, string sql, params object?[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        return cmd.ExecuteNonQuery();
    }

    public static long Scalar(DbConnection c, DbTransaction? tx, string sql, params object?[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        var v = cmd.ExecuteScalar();
        return v is null or DBNull ? 0 : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Days are stored as ISO text in both backends, so they sort and compare the same way everywhere.</summary>
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly? ReadDay(DbDataReader r, int i) => r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    public static string? ReadText(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    public static double? ReadReal(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
    public static long ReadLong(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
}
