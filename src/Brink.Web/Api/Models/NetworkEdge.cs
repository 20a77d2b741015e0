namespace Brink.Web.Api;

/// <summary>A directed edge: reports from actor to recipient in the period, split by PLOVER quad.</summary>
internal sealed record NetworkEdge(string Actor, string Recipient, int Reports, int Conflict, int Cooperation, double MeanScore);
