using Brink.Store;

namespace Brink.Analysis;

/// <summary>
/// How much one merged event moves a dyad's escalation index (docs/escalation.md): the negated PLOVER
/// score (conflict counts up, cooperation down) times how surely it happened (modality), how well it is
/// sourced, and how widely it was reported.
/// </summary>
internal static class EscalationWeights
{
    /// <summary>Asserted events count fully; claims, announced and conditional threats less; negated events not at all.</summary>
    public static double Modality(string modality) => modality switch
    {
        "asserted" => 1.0,
        "claimed" => 0.7,
        "future" => 0.5,
        "conditional" => 0.4,
        "hypothetical" => 0.3,
        _ => 0.0,
    };

    /// <summary>Named sources weigh most, then the outlet's own account, then several unnamed people, then a single anonymous one.</summary>
    public static double Sourcing(DyadReport r) =>
        r.SpeakerNamed || r.SourcesNamed > 0 ? 1.0
        : r.SourcesUnnamed == 0 ? 0.9
        : r.SourcesUnnamed >= 2 ? 0.8
        : 0.6;

    /// <summary>Independent reports corroborate with diminishing returns: 1, 1.35, 1.55, ... for 1, 2, 3 articles.</summary>
    public static double Corroboration(int articles) => 1 + 0.5 * Math.Log(Math.Max(1, articles));

    /// <summary>The weight of one event from all its reports: mean modality, best sourcing, corroboration by distinct articles.</summary>
    public static double Of(IReadOnlyList<DyadReport> reports)
    {
        if (reports.Count == 0) return 0;
        // The score of the report that speaks for the event, whatever order the reports come in.
        double score = DyadReport.First(reports).Score ?? 0, modality = 0, sourcing = 0;
        var articles = new HashSet<long>();
        foreach (var r in reports)
        {
            modality += Modality(r.Modality);
            sourcing = Math.Max(sourcing, Sourcing(r));
            articles.Add(r.ArticleId);
        }
        return -score * (modality / reports.Count) * sourcing * Corroboration(articles.Count);
    }
}
