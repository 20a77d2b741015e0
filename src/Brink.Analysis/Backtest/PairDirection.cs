namespace Brink.Analysis;

/// <summary>One direction of a pair, day by day from the pair's start: events, their weight in the index, their summed PLOVER score.</summary>
internal sealed record PairDirection(int[] Events, double[] Weight, double[] ScoreSum);
