using Brink.Coding;

namespace Brink.Store;

/// <summary>An article with the events the coder found in it, ready to store; <see cref="CoderVersion"/> names what coded it.</summary>
public sealed record CodedArticle(Article Article, IReadOnlyList<EventRecord> Events, string CoderVersion)
{
    private string? _contentHash;

    /// <summary>Content hash of the article text (<see cref="EventStore.ContentHash"/>): the same text is the same article,
    /// whatever file it came from. Computed when first asked unless the caller already has it.</summary>
    public string ContentHash { get => _contentHash ??= EventStore.ContentHash(Article.Text); init => _contentHash = value; }
}
