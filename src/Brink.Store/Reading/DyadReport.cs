namespace Brink.Store;

/// <summary>One report of an event between a dyad, with what weighting needs: type, score, modality, sourcing, outlet; <see cref="ArticleKey"/> is the article's content hash.</summary>
public sealed record DyadReport(long ReportId, string EventKey, DateOnly Day, string EventType, string? Quad, double? Score,
    string Modality, bool SpeakerNamed, int SourcesNamed, int SourcesUnnamed, long ArticleId, string? Outlet, string? Title, string Trigger,
    string ArticleKey = "");
