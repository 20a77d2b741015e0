using System.Text.Json;

namespace Brink.Web.Api;

/// <summary>
/// What coding a pasted article found, and where it was stored (null id: stored earlier, not found among the newest);
/// the body starts at <c>BodyStart</c>, after the Title:/Published: header lines.
/// </summary>
internal sealed record PasteResult(long? ArticleId, bool Duplicate, string Text, string? Title, DateOnly? Published, IReadOnlyList<JsonElement> Events,
    double CodingMs, int BodyStart, string ArticleKey);
