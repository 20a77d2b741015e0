using System.Text.Json;

namespace Brink.Web.Api;

/// <summary>What coding a pasted article found, and where it was stored (null id: stored earlier, not found among the newest).</summary>
internal sealed record PasteResult(long? ArticleId, bool Duplicate, string Text, string? Title, DateOnly? Published, IReadOnlyList<JsonElement> Events,
    double CodingMs, string ArticleKey);
