using Brink.Store;

namespace Brink.Analysis;

/// <summary>An event's weight and description (as <see cref="DyadSeries"/> shows it) for the store's day table.</summary>
internal sealed class EventRule : IEventRule
{
    public static EventRule Instance { get; } = new();

    public EventDigest Digest(IReadOnlyList<DyadReport> reports)
    {
        var e = DyadSeries.Describe(reports);
        return new EventDigest(e.Weight, e.Reports, e.Articles, e.Outlets, e.Modality, e.Description);
    }
}
