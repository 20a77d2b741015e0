using System.Data.Common;
using Brink.Store.Backends;

namespace Brink.Store;

/// <summary>How a <see cref="DyadReport"/> is selected and read, for every query that gives one (aliases r: reports, a: articles).</summary>
internal static class DyadReportRows
{
    /// <summary>The columns <see cref="Read"/> reads, with <paramref name="day"/> as the event's day.</summary>
    public static string Columns(string day) =>
        $"r.id, r.event_key, {day}, r.event_type, r.quad, r.score, r.modality, r.speaker_named, r.sources_named, r.sources_unnamed, " +
        "r.article_id, a.outlet, a.title, COALESCE(r.trigger_text, SUBSTR(a.text, r.trigger_start + 1, r.trigger_end - r.trigger_start))";

    /// <summary>A row of <see cref="Columns"/>, or null when its event is undated.</summary>
    public static DyadReport? Read(DbDataReader r) => Sql.ReadDay(r, 2) is not { } day ? null
        : new DyadReport(Sql.ReadLong(r, 0), r.GetString(1), day, r.GetString(3), Sql.ReadText(r, 4), Sql.ReadReal(r, 5), r.GetString(6),
            Sql.ReadLong(r, 7) != 0, (int)Sql.ReadLong(r, 8), (int)Sql.ReadLong(r, 9), Sql.ReadLong(r, 10), Sql.ReadText(r, 11), Sql.ReadText(r, 12),
            Sql.ReadText(r, 13) ?? "");
}
