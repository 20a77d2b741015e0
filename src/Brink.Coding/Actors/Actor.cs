namespace Brink.Coding.Actors;

/// <summary>A resolved actor: country alpha-3 (null if international), sector (null for a named country), a person's term (IsCurrent false if former).</summary>
public sealed record Actor(
    string Code,
    string Name,
    string? Country,
    string? Sector,
    ActorKind Kind,
    string? RoleTitle = null,
    OfficeTerm? Term = null,
    bool IsCurrent = true);
