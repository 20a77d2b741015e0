using Brink.Analysis;

namespace Brink.Web.Api;

/// <summary>A directed dyad's escalation series: one point per day, with its alerts.</summary>
internal sealed record SeriesView(string Actor, string Recipient, DateOnly From, DateOnly To, IReadOnlyList<SeriesPoint> Days, IReadOnlyList<Alert> Alerts);
