using System.Text.Json;

namespace Brink.Web.Api;

/// <summary>A stored article with its text and the coded records (docs/event-format.md) whose offsets point into that text.</summary>
internal sealed record ArticleView(long Id, string? Title, DateOnly? Published, string? Outlet, string? Url, int Revision, bool Superseded,
    string CoderVersion, string Text, IReadOnlyList<JsonElement> Events, string Key);
