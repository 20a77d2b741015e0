using System.Diagnostics;
using Brink.Analysis;
using Brink.Coding;
using Brink.Store;
using Brink.Web.Api;

namespace Brink.Web.Data;

/// <summary>Codes a pasted article and stores it. Writes go one at a time through one store opened with the merge rule.</summary>
internal sealed class PasteWriter(StorePool pool, CoderHolder coder, ViewCache cache) : IDisposable
{
    private readonly Lock _gate = new();
    private EventStore? _store;

    public PasteResult Code(PasteRequest request, DateOnly? published)
    {
        var article = EventExtractor.ReadArticle(request.Text, "pasted", published, request.Outlet);
        // Without a date given or a Published: header in the text, the article is taken as published today.
        if (article.Ref.Published is null) article = article with { Ref = article.Ref with { Published = DateOnly.FromDateTime(DateTime.UtcNow) } };
        // Fields given beside the text win over a Title:/URL: header inside it.
        article = article with { Ref = article.Ref with { Title = request.Title ?? article.Ref.Title, Url = request.Url ?? article.Ref.Url } };
        var clock = Stopwatch.StartNew();
        var extractor = coder.Extractor;
        var events = extractor.Code(article);
        double codingMs = clock.Elapsed.TotalMilliseconds;
        var coded = new CodedArticle(article, events, extractor.Version);
        long? id;
        bool duplicate;
        lock (_gate)
        {
            _store ??= EventStore.Open(pool.Db, new ReportMerger());
            var result = _store.Write([coded]);
            duplicate = result.Duplicates > 0;
            id = _store.ArticleIdByHash(coded.ContentHash);
        }
        cache.Invalidate();
        return new PasteResult(id, duplicate, article.Text, article.Ref.Title, article.Ref.Published, events.Select(RecordJson.Of).ToList(), Math.Round(codingMs, 1));
    }

    public void Dispose() => _store?.Dispose();
}
