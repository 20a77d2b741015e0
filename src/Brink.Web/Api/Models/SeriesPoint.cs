namespace Brink.Web.Api;

/// <summary>One day of a dyad: events, the day's weight, the escalation index, its z-score and whether it alerted.</summary>
internal sealed record SeriesPoint(DateOnly Day, int Events, double Weight, double Index, double? ZScore, string? Alert,
    int Conflict, int Cooperation);
