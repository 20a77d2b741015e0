namespace Brink.Coding;

/// <summary>A source the outlet cites: its words, how many people (when said), and whether it is named.</summary>
public sealed record SourceRef(string Text, int? Count, bool Named);
