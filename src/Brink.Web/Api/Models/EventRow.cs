namespace Brink.Web.Api;

/// <summary>A merged event as the event table shows it, with the reports behind it.</summary>
internal sealed record EventRow(string Key, string EventType, string Actor, string Recipient, DateOnly? Date, DateOnly? DateEnd, string DatePrecision,
    string? Location, string? Quad, double? Score, int Reports, int Articles, int Outlets, bool NamedSource, IReadOnlyList<ReportRef> Sources);
