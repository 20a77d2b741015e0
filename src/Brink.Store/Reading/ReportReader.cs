using System.Data.Common;
using Brink.Coding;
using Brink.Store.Backends;

namespace Brink.Store;

/// <summary>Reads report facts (for merging) with a caller-given WHERE clause.</summary>
internal static class ReportReader
{
    private const string FactColumns = "id, event_type, actor_key, recipient_key, date_start, date_end, date_precision, location_country";

    public static List<ReportFacts> Facts(DbConnection c, DbTransaction? tx, string where, params object?[] args)
    {
        var list = new List<ReportFacts>();
        using var cmd = Sql.Command(c, tx, $"SELECT {FactColumns} FROM reports {where}", args);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new ReportFacts(Sql.ReadLong(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), Sql.ReadDay(r, 4), Sql.ReadDay(r, 5),
                Enum.Parse<DatePrecision>(r.GetString(6), ignoreCase: true), Sql.ReadText(r, 7)));
        return list;
    }
}
