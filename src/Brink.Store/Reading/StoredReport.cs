namespace Brink.Store;

/// <summary>One stored report: the coded record (JSON, docs/event-format.md) and where it came from.</summary>
public sealed record StoredReport(long Id, long ArticleId, string EventKey, string? Outlet, string? Title, string? Url, DateOnly? Published,
    string Modality, string CoderVersion, string RecordJson);
