namespace Brink.Store;

/// <summary>Rarely needed knobs of a store.</summary>
public sealed record StoreOptions
{
    /// <summary>SQLite's page-count limit (PRAGMA max_page_count): caps the file size, e.g. to test a full disk.</summary>
    public long? SqliteMaxPageCount { get; init; }

    /// <summary>Opens the store for reading only: nothing is created or migrated, and writes are refused.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>How long a SQLite writer waits for another process's lock before giving up (default 10 s).</summary>
    public TimeSpan SqliteBusyTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
