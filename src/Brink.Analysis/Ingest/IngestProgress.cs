namespace Brink.Analysis;

/// <summary>Running counts of an ingest: inputs read, articles coded and stored, duplicates, revisions, reports, failures.</summary>
public sealed record IngestProgress(int Inputs, int Articles, int Stored, int Duplicates, int Revisions, long Reports, int Failed, TimeSpan Elapsed)
{
    /// <summary>Articles handled per second so far.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;
}
