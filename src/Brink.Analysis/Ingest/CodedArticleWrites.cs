using Brink.Coding;
using Brink.Store;

namespace Brink.Analysis;

/// <summary>Stores coded articles: the store takes records, these turn the coder's output into them first.</summary>
public static class CodedArticleWrites
{
    /// <summary>Stores a batch of coded articles in one transaction (<see cref="EventStore.Write"/>).</summary>
    public static WriteResult Write(this EventStore store, IReadOnlyList<CodedArticle> batch) =>
        store.Write(batch.Select(c => c.Record()).ToList());

    /// <summary>Replaces the reports of stored articles with a new coding (<see cref="EventStore.Recode"/>).</summary>
    public static WriteResult Recode(this EventStore store, IReadOnlyList<(long ArticleId, IReadOnlyList<EventRecord> Events)> batch, string coderVersion) =>
        store.Recode(batch.Select(b => (b.ArticleId, StoreRecords.Of(b.Events))).ToList(), coderVersion);
}
