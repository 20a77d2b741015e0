using Brink.Store;

namespace Brink.Analysis;

/// <summary>The escalation weight (<see cref="EscalationWeights.Of"/>) as the store's day table asks for it.</summary>
public sealed class EventWeightRule : IEventWeight
{
    public static EventWeightRule Instance { get; } = new();

    public double Of(IReadOnlyList<DyadReport> reports) => EscalationWeights.Of(reports);
}
