using Brink.Coding;

namespace Brink.Analysis;

/// <summary>One input to ingest (a file, a feed, a JSON-lines file), read only when its turn comes.</summary>
public sealed record IngestInput(string Name, Func<IReadOnlyList<Article>> Read);
