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
    private bool _disposed;

    public PasteResult Code(PasteRequest request, DateOnly? published)
    {
        var article = EventExtractor.ReadArticle(request.Text, "pasted", published, request.Outlet);
        // Without a date given or a Published: header in the text, the article is taken as published today.
        if (article.Ref.Published is null) article = article with { Ref = article.Ref with { Published = DateOnly.FromDateTime(DateTime.UtcNow) } };
        // Fields given beside the text win over a Title:/URL: header inside it.
        article = article with { Ref = article.Ref with { Title = request.Title ?? article.Ref.Title, Url = request.Url ?? article.Ref.Url } };
        var clock = Stopwatch.StartNew();
        var coded = new ArticleCoder(coder.Extractor).Code(article);
        var events = coded.Events;
        double codingMs = clock.Elapsed.TotalMilliseconds;
        long? id;
        bool duplicate;
        lock (_gate)
        {
            _store ??= StoreRules.Open(pool.Db);
            var result = _store.Write([coded]);
            duplicate = result.Duplicates > 0;
            id = _store.ArticleIdByHash(coded.ContentHash);
        }
        cache.Invalidate();
        return new PasteResult(id, duplicate, article.Text, article.Ref.Title, article.Ref.Published, events.Select(RecordJson.Of).ToList(), Math.Round(codingMs, 1), article.BodyStart, coded.ContentHash);
    }

    /// <summary>
    /// Weighs the events a migration left stale into the day table, a step at a time between pastes, until none is left.
    /// A store this server cannot write stays as it is: its series are built from reports, as before the day table.
    /// </summary>
    public void FillDayTable(CancellationToken stop)
    {
        try
        {
            for (int n = 1; n > 0 && !stop.IsCancellationRequested;)
            {
                lock (_gate)
                {
                    if (_disposed) return;
                    _store ??= StoreRules.Open(pool.Db);
                    n = _store.RefreshStaleDays();
                }
                cache.Invalidate();
            }
        }
        catch (StoreException) { /* read-only or locked by another writer: series keep reading reports */ }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _store?.Dispose();
        }
    }
}
