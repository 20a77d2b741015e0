namespace Brink.Store;

/// <summary>A directed dyad present in the store, with how many reports it has and its date range.</summary>
public sealed record DyadSummary(string Actor, string Recipient, long Reports, DateOnly First, DateOnly Last);
