namespace Brink.Coding;

/// <summary>
/// An article ready for coding: its full original text (every offset points into it), metadata, and
/// the character ranges that are page furniture (dateline, headline, photo credits, "Go deeper"),
/// which are never coded.
/// </summary>
public sealed record Article(ArticleRef Ref, string Text, int BodyStart, IReadOnlyList<(int Start, int End)> Furniture)
{
    /// <summary>Whether the character at <paramref name="offset"/> is furniture or header, not body text.</summary>
    internal bool IsFurniture(int offset)
    {
        if (offset < BodyStart) return true;
        foreach (var (s, e) in Furniture) if (offset >= s && offset < e) return true;
        return false;
    }
}
