namespace Brink.Analysis;

/// <summary>One bar of a dyad chart: a day, a week (from Monday) or a month, with the event weight and events it sums.</summary>
internal sealed record ChartBin(DateOnly Start, int Days, double Weight, int Events);
