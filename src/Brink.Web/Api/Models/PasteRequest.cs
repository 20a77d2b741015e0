namespace Brink.Web.Api;

/// <summary>A pasted article: its text (optionally with Title:/Published: header lines) and metadata.</summary>
internal sealed record PasteRequest(string Text, string? Title = null, string? Published = null, string? Outlet = null, string? Url = null);
