namespace Brink.Text;

/// <summary>Per-token boolean facts packed into one byte.</summary>
[Flags]
internal enum TokenFlags : byte
{
    /// <summary>No flag set.</summary>
    None = 0,
    /// <summary>Whitespace follows the token in the original text.</summary>
    SpaceAfter = 1,
    /// <summary>The token starts a sentence.</summary>
    SentenceStart = 2,
    /// <summary>The token continues the previous one's surface token (a split clitic such as n't in "don't").</summary>
    MultiwordContinuation = 4,
    /// <summary>The token starts a paragraph or block (blank line, bullet, heading) in the original text.</summary>
    ParagraphStart = 8,
    /// <summary>The parser left the token's sentence out, as its caller asked: the token has no head (-1) and no relation.</summary>
    Unparsed = 16,
}
