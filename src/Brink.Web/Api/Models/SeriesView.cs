using Brink.Analysis;

namespace Brink.Web.Api;

/// <summary>A directed dyad's escalation series: one point per day, with its alerts and the known crisis onsets of the range (brink crises load).</summary>
internal sealed record SeriesView(string Actor, string Recipient, DateOnly From, DateOnly To, IReadOnlyList<SeriesPoint> Days, IReadOnlyList<Alert> Alerts,
    IReadOnlyList<Crisis> Crises);
