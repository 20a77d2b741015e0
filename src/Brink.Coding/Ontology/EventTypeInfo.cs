namespace Brink.Coding.Ontology;

/// <summary>One of the 16 PLOVER event types, with its quad, default score and CAMEO code, and its modes in file order.</summary>
internal sealed record EventTypeInfo(
    string Name,
    PloverQuad Quad,
    string Definition,
    string DefaultCameo,
    double DefaultScore,
    IReadOnlyList<ModeInfo> Modes);
