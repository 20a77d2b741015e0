namespace Brink.Analysis;

/// <summary>The crises read from a crisis file, and one message (file:line: problem) for each row that was left out.</summary>
public sealed record CrisisList(IReadOnlyList<Crisis> Crises, IReadOnlyList<string> Errors);
