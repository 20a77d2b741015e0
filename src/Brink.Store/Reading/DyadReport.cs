namespace Brink.Store;

/// <summary>One report of an event between a dyad, with what weighting needs: type, score, modality, sourcing, outlet; <see cref="ArticleKey"/> is the article's content hash.</summary>
public sealed record DyadReport(long ReportId, string EventKey, DateOnly Day, string EventType, string? Quad, double? Score,
    string Modality, bool SpeakerNamed, int SourcesNamed, int SourcesUnnamed, long ArticleId, string? Outlet, string? Title, string Trigger,
    string ArticleKey = "")
{
    /// <summary>
    /// The report that speaks for its event (type, quad, score, description): the first by article content hash
    /// (ordinal), then by id (its place in the article). Not the first stored: several workers, or one ingest given the
    /// files in another order, store articles in any order, and must give the event the same score and description.
    /// </summary>
    public static DyadReport First(IReadOnlyList<DyadReport> reports)
    {
        var first = reports[0];
        foreach (var r in reports)
        {
            int c = string.CompareOrdinal(r.ArticleKey, first.ArticleKey);
            if (c < 0 || c == 0 && r.ReportId < first.ReportId) first = r;
        }
        return first;
    }
}
