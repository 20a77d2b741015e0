namespace Brink.Store;

/// <summary>A store failure with its context: which database, what went wrong, and what to do about it.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The store exists but this process may not write it (file or server read-only); it can still be read.</summary>
    public bool IsReadOnly { get; init; }
}
