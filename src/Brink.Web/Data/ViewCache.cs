using System.Collections.Concurrent;

namespace Brink.Web.Data;

/// <summary>
/// Remembers the answers of whole-store aggregates (dyad list, network, alerts) that take a full scan on a
/// large store. An answer is dropped when this server writes, and after a minute, since another process
/// (`brink ingest`) may write to the same store.
/// </summary>
internal sealed class ViewCache
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<string, (long Generation, DateTime Made, object Value)> _entries = new(StringComparer.Ordinal);
    private long _generation;

    public T Get<T>(string key, Func<T> make) where T : notnull
    {
        long generation = Interlocked.Read(ref _generation);
        if (_entries.TryGetValue(key, out var e) && e.Generation == generation && DateTime.UtcNow - e.Made < MaxAge && e.Value is T hit) return hit;
        var value = make();
        _entries[key] = (generation, DateTime.UtcNow, value);
        if (_entries.Count > 512) _entries.Clear(); // many distinct filters: start over rather than grow without bound
        return value;
    }

    /// <summary>Forgets every answer (after a write).</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);
}
