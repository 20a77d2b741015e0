using System.Data.Common;
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
        Sql.Rows(c, tx, $"SELECT {FactColumns} FROM reports {where}", args, r =>
            list.Add((new ReportFacts(Sql.Long(r[0]), (string)r[1]!, (string)r[2]!, (string)r[3]!,
                Sql.Day(r[4]), Sql.Day(r[5]), (string)r[6]!, (string?)r[7]), (string)r[8]!)));
        return list;
    }
}
