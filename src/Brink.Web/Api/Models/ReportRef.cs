namespace Brink.Web.Api;

/// <summary>One report of an event: which article, what it said (trigger, sentence) and how sure.</summary>
internal sealed record ReportRef(long ReportId, long ArticleId, string? Title, string? Outlet, DateOnly? Published, string Modality,
    string Trigger, string Sentence, string? Speaker);
