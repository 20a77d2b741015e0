namespace Brink.Text;

/// <summary>A named entity: its label (PER, ORG, LOC), its tokens [FirstToken, EndToken) and character offsets.</summary>
public readonly record struct EntitySpan(string Label, int FirstToken, int EndToken, int Start, int End);
