using Brink.Coding;

namespace Brink.Analysis;

/// <summary>One input to ingest (a file, a feed, a JSON-lines file), read only when its turn comes.</summary>
public sealed record IngestInput(string Name, Func<IReadOnlyList<Article>> Read)
{
    /// <summary>Its size in bytes (0: unknown), by which progress through a large input is measured.</summary>
    public long Bytes { get; init; }
}
