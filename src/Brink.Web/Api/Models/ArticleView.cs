using System.Text.Json;

namespace Brink.Web.Api;

/// <summary>
/// A stored article with its text and the coded records (docs/event-format.md) whose offsets point into that text;
/// the body starts at <c>BodyStart</c>, after the Title:/Published:/URL: header lines the view leaves out.
/// </summary>
internal sealed record ArticleView(long Id, string? Title, DateOnly? Published, string? Outlet, string? Url, int Revision, bool Superseded,
    string CoderVersion, string Text, int BodyStart, IReadOnlyList<JsonElement> Events, string Key);
