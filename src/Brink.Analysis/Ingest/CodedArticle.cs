using Brink.Coding;
using Brink.Store;

namespace Brink.Analysis;

/// <summary>An article with the events the coder found in it; <see cref="CoderVersion"/> names what coded it.
/// <see cref="Record"/> turns it into what the store takes.</summary>
public sealed record CodedArticle(Article Article, IReadOnlyList<EventRecord> Events, string CoderVersion)
{
    private string? _contentHash;

    /// <summary>Content hash of the article text (<see cref="EventStore.ContentHash"/>): the same text is the same article,
    /// whatever file it came from. Computed when first asked unless the caller already has it.</summary>
    public string ContentHash { get => _contentHash ??= EventStore.ContentHash(Article.Text); init => _contentHash = value; }

    /// <summary>The article as the store takes it.</summary>
    internal ArticleRecord Record()
    {
        var a = Article.Ref;
        return new ArticleRecord(a.Id, Article.Text, a.Title, a.Published, a.Outlet, a.Url, CoderVersion, StoreRecords.Of(Events)) { ContentHash = ContentHash };
    }
}
