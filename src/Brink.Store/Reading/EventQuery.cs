namespace Brink.Store;

/// <summary>Filters for stored events; a party is a country (IRN) or an actor code (HAMAS). Null means any.</summary>
public sealed record EventQuery
{
    public string? Actor { get; init; }
    public string? Recipient { get; init; }
    public string? EventType { get; init; }
    public string? Modality { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Only events reported by at least one named source or speaker.</summary>
    public bool NamedSourcesOnly { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}
