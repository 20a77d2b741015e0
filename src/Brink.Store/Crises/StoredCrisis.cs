namespace Brink.Store;

/// <summary>A crisis onset kept in the store for charts and backtests: its day, two dyad parties, whether it escalates, a name and a source.</summary>
public sealed record StoredCrisis(DateOnly Onset, string SideA, string SideB, bool Escalation, string Name, string Source);
