namespace Brink.Web.Api;

/// <summary>One report of an event: which article (its store id and its content hash, the key links use), what it said (trigger, sentence) and how sure.</summary>
internal sealed record ReportRef(long ReportId, long ArticleId, string? Title, string? Outlet, DateOnly? Published, string Modality,
    string Trigger, string Sentence, string? Speaker, string ArticleKey, string ReportKey);
