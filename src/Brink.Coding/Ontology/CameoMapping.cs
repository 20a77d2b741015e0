namespace Brink.Coding.Ontology;

/// <summary>One line of the CAMEO-to-PLOVER table, kept verbatim (its mode and contexts may be obsolete names).</summary>
internal sealed record CameoMapping(string Code, string Type, string? Mode, IReadOnlyList<string> Contexts, string Name);
