namespace Brink.Store;

/// <summary>What a merge rule sees of one stored report: its group (type, actors, recipients), dates and place.
/// <see cref="Precision"/> is the date's precision as the coder names it, lower-case ("day", "publication").</summary>
public sealed record ReportFacts(long Id, string EventType, string ActorKey, string RecipientKey,
    DateOnly? Start, DateOnly? End, string Precision, string? LocationCountry);
