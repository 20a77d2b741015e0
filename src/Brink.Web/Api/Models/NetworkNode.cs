namespace Brink.Web.Api;

/// <summary>A party in the network with all the reports it takes part in (either side).</summary>
internal sealed record NetworkNode(string Id, long Reports);
