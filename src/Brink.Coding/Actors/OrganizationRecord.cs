namespace Brink.Coding.Actors;

/// <summary>An organization row with its aliases.</summary>
internal sealed record OrganizationRecord(Actor Actor, string Kind, string[] Aliases);
