namespace Brink.Store;

/// <summary>
/// One stored report: the coded record (JSON, docs/event-format.md) and where it came from. <see cref="Id"/> and
/// <see cref="ArticleId"/> are this store's row numbers; <see cref="ArticleKey"/> (the article's content hash) and
/// <see cref="ReportKey"/> (the record's id, unique within its article) are the same in every store of the same articles.
/// </summary>
public sealed record StoredReport(long Id, long ArticleId, string EventKey, string? Outlet, string? Title, string? Url, DateOnly? Published,
    string Modality, string CoderVersion, string RecordJson, string ArticleKey = "", string ReportKey = "");
