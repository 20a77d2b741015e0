using Brink.Store;

namespace Brink.Web.Api;

/// <summary>The reports behind one point of a dyad's chart.</summary>
internal sealed record DayEvents(string Actor, string Recipient, DateOnly Day, IReadOnlyList<DyadReport> Reports);
