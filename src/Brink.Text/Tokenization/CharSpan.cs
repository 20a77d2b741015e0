namespace Brink.Text.Tokenization;

/// <summary>A range of UTF-16 offsets [Start, End) in a text.</summary>
internal readonly record struct CharSpan(int Start, int End)
{
    public int Length => End - Start;
}
