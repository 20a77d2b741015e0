namespace Brink.Web.Api;

/// <summary>One page of merged events with the total matching the filters.</summary>
internal sealed record EventPage(long Total, int Limit, int Offset, IReadOnlyList<EventRow> Items);
