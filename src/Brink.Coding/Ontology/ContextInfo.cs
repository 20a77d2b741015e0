namespace Brink.Coding.Ontology;

/// <summary>A PLOVER context; <c>IsAuxiliary</c> marks the manual's auxiliary modes (historical, future, hypothetical, negation).</summary>
internal sealed record ContextInfo(string Name, string Definition, bool IsAuxiliary);
