using System.Collections.Concurrent;
using Brink.Store;

namespace Brink.Web.Data;

/// <summary>
/// Read-only stores for requests. An EventStore is one connection and not thread-safe, so each request
/// rents its own; keeping them open saves the open-and-migrate check on every request (SQLite's WAL mode
/// lets the readers run side by side).
/// </summary>
internal sealed class StorePool(string db, bool readOnly = false) : IDisposable
{
    private const int MaxIdle = 16;
    private readonly ConcurrentBag<EventStore> _idle = [];

    public string Db { get; } = db;

    /// <summary>The store may not be written by this process; it is opened read-only.</summary>
    public bool ReadOnly { get; } = readOnly;

    public EventStore Rent() => _idle.TryTake(out var s) ? s : EventStore.Open(Db, options: ReadOnly ? new StoreOptions { ReadOnly = true } : null);

    public void Return(EventStore store)
    {
        if (_idle.Count < MaxIdle) _idle.Add(store);
        else store.Dispose();
    }

    /// <summary>Runs <paramref name="work"/> with a rented store; a store that failed is dropped, not reused.</summary>
    public T Use<T>(Func<EventStore, T> work)
    {
        var store = Rent();
        try
        {
            var result = work(store);
            Return(store);
            return result;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var s)) s.Dispose();
    }
}
