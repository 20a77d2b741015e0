namespace Brink.Store;

/// <summary>A merged event: one real-world event with every report of it.</summary>
public sealed record StoredEvent(string Key, string EventType, string ActorKey, string RecipientKey, DateOnly? Date, DateOnly? DateEnd,
    string DatePrecision, string? LocationCountry, int ReportCount, int ArticleCount, int OutletCount, IReadOnlyList<StoredReport> Reports);
