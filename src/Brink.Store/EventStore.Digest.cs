using Brink.Store.Reading;

namespace Brink.Store;

public sealed partial class EventStore
{
    /// <summary>
    /// The store's content as sorted lines without row ids (articles, reports, events, day rows): equal for two stores that
    /// hold the same data however it was written (one process or many workers, SQLite or PostgreSQL).
    /// </summary>
    public IReadOnlyList<string> DigestLines() => Guard(() => (IReadOnlyList<string>)StoreDigest.Lines(_connection));

    /// <summary>SHA-256 of <see cref="DigestLines"/>: one value to compare two stores by.</summary>
    public string Digest() => StoreDigest.Hash(string.Join("\n", DigestLines()));
}
