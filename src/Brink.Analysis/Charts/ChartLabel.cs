namespace Brink.Analysis;

/// <summary>A note on the chart naming the event that moved the index on <paramref name="Day"/>, placed above its point.</summary>
internal sealed record ChartLabel(DateOnly Day, double Index, string Text, bool Escalating);
