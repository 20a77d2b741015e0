namespace Brink.Analysis;

/// <summary>The outcome of an ingest: the final counts and one line per input or article that could not be stored.</summary>
public sealed record IngestSummary(IngestProgress Counts, IReadOnlyList<string> Errors);
