namespace Brink.Coding;

/// <summary>A piece of the article text with its character offsets (sentence, trigger, location).</summary>
public sealed record SpanRef(string Text, int Start, int End);
