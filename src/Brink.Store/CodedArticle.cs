using Brink.Coding;

namespace Brink.Store;

/// <summary>An article with the events the coder found in it, ready to store; <see cref="CoderVersion"/> names what coded it.</summary>
public sealed record CodedArticle(Article Article, IReadOnlyList<EventRecord> Events, string CoderVersion)
{
    /// <summary>Content hash of the article text: the same text is the same article, whatever file it came from.</summary>
    public string ContentHash { get; } = EventStore.ContentHash(Article.Text);
}
