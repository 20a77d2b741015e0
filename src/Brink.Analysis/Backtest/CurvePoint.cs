namespace Brink.Analysis;

/// <summary>One point of a detector's curve: at this alarm threshold (a z-score), the share of crises caught and the false alarms.</summary>
public sealed record CurvePoint(double Threshold, double HitRate, double FalseAlarmsPerDyadYear);
