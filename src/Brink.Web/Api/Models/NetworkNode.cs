namespace Brink.Web.Api;

/// <summary>A party in the network with its readable name and all the reports it takes part in (either side).</summary>
internal sealed record NetworkNode(string Id, string Name, long Reports);
