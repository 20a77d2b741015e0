namespace Brink.Analysis;

/// <summary>Whether a detector caught a crisis (an alarm for its dyad, either direction, 14 days before to 3 after onset) and how early.</summary>
/// <param name="Crisis">The listed crisis.</param>
/// <param name="Hit">Whether an alarm fell in its window.</param>
/// <param name="LeadDays">Days from the first alarm in the window to the onset (negative: after it); null when missed.</param>
public sealed record CrisisOutcome(Crisis Crisis, bool Hit, int? LeadDays);
