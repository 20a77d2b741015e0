namespace Brink.Store;

/// <summary>One actor of a report as the store lists it: the words and where they stand, and the codes it is searched by.</summary>
public sealed record ActorRecord(string Text, string? Name, string? Code, string? Country, string? Sector, string? Office, int Start, int End);
