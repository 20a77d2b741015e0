namespace Brink.Web.Api;

/// <summary>Who acts on whom in a period: parties and directed edges with conflict and cooperation counts.</summary>
internal sealed record NetworkView(DateOnly? From, DateOnly? To, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);
