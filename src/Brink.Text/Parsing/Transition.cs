namespace Brink.Text.Parsing;

/// <summary>The four arc-eager transitions; arcs get their label from a separate classifier.</summary>
internal enum Transition
{
    Shift = 0,
    Reduce = 1,
    LeftArc = 2,
    RightArc = 3,
}
