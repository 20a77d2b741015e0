namespace Brink.Analysis;

/// <summary>A day on which a dyad's index moved beyond what its own recent history explains.</summary>
public sealed record Alert(string Actor, string Recipient, DateOnly Day, string Direction, double Index, double Baseline, double ZScore,
    IReadOnlyList<DyadEvent> Drivers);
