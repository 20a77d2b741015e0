using Brink.Coding;
using Brink.Store;

namespace Brink.Analysis;

/// <summary>
/// The one way articles become what the store takes: ingest, recode and the web's paste all code through here, so
/// what is stored beside an article's events (the coder's version, the content hash) is decided in one place.
/// </summary>
/// <param name="extractor">The coder.</param>
/// <param name="workers">Coding threads for a batch (default: one per core).</param>
public sealed class ArticleCoder(EventExtractor extractor, int workers = 0)
{
    private readonly int _workers = workers > 0 ? workers : Environment.ProcessorCount;

    /// <summary>The version of the coder, stored with every article it codes.</summary>
    public string Version => extractor.Version;

    /// <summary>Codes one article; <paramref name="contentHash"/> saves hashing the text again when the caller has it.</summary>
    public CodedArticle Code(Article article, string? contentHash = null)
    {
        var coded = new CodedArticle(article, extractor.Code(article), extractor.Version);
        return contentHash is null ? coded : coded with { ContentHash = contentHash };
    }

    /// <summary>Codes a batch on all workers; the result is in the order of <paramref name="articles"/>.</summary>
    internal CodedArticle[] CodeAll(IReadOnlyList<Article> articles, IReadOnlyList<string>? contentHashes = null)
    {
        var coded = new CodedArticle[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = _workers },
            i => coded[i] = Code(articles[i], contentHashes?[i]));
        return coded;
    }

    /// <summary>A stored article read again as its file was, with the title and URL it was stored under.</summary>
    public static Article Reread(StoredArticle stored)
    {
        var article = EventExtractor.ReadArticle(stored.Text, stored.SourceKey, stored.Published, stored.Outlet);
        return article with { Ref = article.Ref with { Title = stored.Title ?? article.Ref.Title, Url = stored.Url } };
    }

    /// <summary>
    /// Codes the stored articles that need it (all of them, or those another coder version coded) and stores the new
    /// coding in one transaction; returns how many were recoded and the reports they now have.
    /// </summary>
    public (int Recoded, long Reports) Recode(EventStore store, IReadOnlyList<StoredArticle> articles)
    {
        var coded = CodeAll(articles.Select(Reread).ToList());
        if (coded.Length == 0) return (0, 0);
        var batch = coded.Select((c, i) => (articles[i].Id, c.Events)).ToList();
        return (coded.Length, store.Recode(batch, Version).Reports);
    }
}
