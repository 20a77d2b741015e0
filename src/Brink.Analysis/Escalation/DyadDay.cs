namespace Brink.Analysis;

/// <summary>One day of a directed dyad: counts per PLOVER type and quad, score statistics, the index and any alert.</summary>
public sealed record DyadDay(DateOnly Day, int Events, IReadOnlyDictionary<string, int> TypeCounts, IReadOnlyDictionary<string, int> QuadCounts,
    double ScoreSum, double ScoreMean, double MaterialConflictShare, double Weight, double Index, double? ZScore, Alert? Alert,
    IReadOnlyList<DyadEvent> TopEvents);
