namespace Brink.Store;

/// <summary>What the day table keeps of one merged event beside its key, day, type, quad and score (those of its first report).</summary>
public sealed record EventDigest(double Weight, int Reports, int Articles, IReadOnlyList<string> Outlets, string Modality, string Description);
