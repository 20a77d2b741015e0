namespace Brink.Analysis;

/// <summary>One merged event of a dyad with its weight in the index and a short description.</summary>
public sealed record DyadEvent(string Key, DateOnly Day, string EventType, string? Quad, double? Score, double Weight,
    int Reports, int Articles, IReadOnlyList<string> Outlets, string Modality, string Description);
