namespace Brink.Coding.Actors;

/// <summary>One term of one person in one office; <c>End</c> null means still in office at the knowledge date. Both ends inclusive.</summary>
public sealed record OfficeTerm(
    string Person,
    string Role,
    string? Country,
    string Sector,
    string? OrgCode,
    DateOnly Start,
    DateOnly? End)
{
    /// <summary>True if the term covers <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => Start <= date && (End is null || date <= End.Value);
}
