namespace Brink.Store;

/// <summary>
/// One day of a directed dyad as the day table keeps it: the merged events dated that day, their summed weight and
/// score, and counts per event type and quad (a missing quad counts as "unknown"). Sums run over the events in
/// event-key order, the order a series built from reports adds them in, so both give the same doubles.
/// </summary>
public sealed record DyadDayRow(DateOnly Day, int Events, double Weight, double ScoreSum,
    IReadOnlyDictionary<string, int> TypeCounts, IReadOnlyDictionary<string, int> QuadCounts);
