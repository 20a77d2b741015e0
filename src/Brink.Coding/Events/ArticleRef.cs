namespace Brink.Coding;

/// <summary>The article an event was read from.</summary>
public sealed record ArticleRef(string Id, string? Title, DateOnly? Published, string? Outlet, string? Url);
