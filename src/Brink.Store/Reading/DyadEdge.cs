namespace Brink.Store;

/// <summary>A directed dyad's reports in a period: how many, how many conflictual and cooperative, and their mean PLOVER score.</summary>
public sealed record DyadEdge(string Actor, string Recipient, long Reports, long Conflict, long Cooperation, double MeanScore);
