namespace Brink.Coding.Ontology;

/// <summary>A mode of a PLOVER type; <c>Cameo</c> and <c>Score</c> are null where the manual gives none.</summary>
internal sealed record ModeInfo(string Type, string Name, string Definition, string? Cameo, double? Score);
