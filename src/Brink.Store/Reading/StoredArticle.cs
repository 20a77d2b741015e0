namespace Brink.Store;

/// <summary>A stored article (the current revision unless it is superseded) with its text; <see cref="ContentHash"/> is its key in every store.</summary>
public sealed record StoredArticle(long Id, string SourceKey, int Revision, bool Superseded, string? Title, DateOnly? Published,
    string? Outlet, string? Url, string Text, string CoderVersion, string ContentHash = "");
