namespace Brink.Queue;

/// <summary>A queue failure with its context: which server, what went wrong, and what to do about it.</summary>
public sealed class QueueException(string message, Exception? inner = null) : Exception(message, inner);
