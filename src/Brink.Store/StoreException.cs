namespace Brink.Store;

/// <summary>A store failure with its context: which database, what went wrong, and what to do about it.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
