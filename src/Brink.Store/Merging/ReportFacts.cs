using Brink.Coding;

namespace Brink.Store;

/// <summary>What a merge rule sees of one stored report: its group (type, actors, recipients), dates and place.</summary>
public sealed record ReportFacts(long Id, string EventType, string ActorKey, string RecipientKey,
    DateOnly? Start, DateOnly? End, DatePrecision Precision, string? LocationCountry);
