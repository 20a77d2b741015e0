namespace Brink.Queue;

/// <summary>A message no worker can read (not JSON, missing text, offsets outside the text): dead-lettered with this reason, never retried.</summary>
internal sealed class MessageFormatException(string reason) : Exception(reason);
