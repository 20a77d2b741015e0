using System.Data.Common;
using Brink.Coding;
using Brink.Store.Backends;

namespace Brink.Store;

/// <summary>Reads report facts (for merging) with a caller-given WHERE clause.</summary>
internal static class ReportReader
{
    private const string FactColumns = "id, event_type, actor_key, recipient_key, date_start, date_end, date_precision, location_country, event_key";

    public static List<ReportFacts> Facts(DbConnection c, DbTransaction? tx, string where, params object?[] args) =>
        FactsWithEvents(c, tx, where, args).Select(f => f.Facts).ToList();

    /// <summary>Report facts with the event each report is assigned to now.</summary>
    public static List<(ReportFacts Facts, string EventKey)> FactsWithEvents(DbConnection c, DbTransaction? tx, string where, params object?[] args)
    {
        var list = new List<(ReportFacts, string)>();
        using var cmd = Sql.Command(c, tx, $"SELECT {FactColumns} FROM reports {where}", args);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add((new ReportFacts(Sql.ReadLong(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), Sql.ReadDay(r, 4), Sql.ReadDay(r, 5),
                Enum.Parse<DatePrecision>(r.GetString(6), ignoreCase: true), Sql.ReadText(r, 7)), r.GetString(8)));
        return list;
    }
}
