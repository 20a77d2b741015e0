using Brink.Store.Backends;

namespace Brink.Store;

/// <summary>How a <see cref="DyadReport"/> is selected and read, for every query that gives one (aliases r: reports, a: articles).</summary>
internal static class DyadReportRows
{
    /// <summary>The columns <see cref="Read"/> reads, with <paramref name="day"/> as the event's day.</summary>
    public static string Columns(string day) =>
        $"r.id, r.event_key, {day}, r.event_type, r.quad, r.score, r.modality, r.speaker_named, r.sources_named, r.sources_unnamed, " +
        "r.article_id, a.outlet, a.title, COALESCE(r.trigger_text, SUBSTR(a.text, r.trigger_start + 1, r.trigger_end - r.trigger_start)), a.content_hash";

    /// <summary>A row of <see cref="Columns"/> as <see cref="Sql.Rows"/> hands it over, or null when its event is undated.</summary>
    public static DyadReport? Read(object?[] r) => Sql.Day(r[2]) is not { } day ? null
        : new DyadReport(Sql.Long(r[0]), (string)r[1]!, day, (string)r[3]!, (string?)r[4], r[5] is null ? null : Convert.ToDouble(r[5]), (string)r[6]!,
            Sql.Long(r[7]) != 0, (int)Sql.Long(r[8]), (int)Sql.Long(r[9]), Sql.Long(r[10]), (string?)r[11], (string?)r[12], (string?)r[13] ?? "", (string)r[14]!);
}
