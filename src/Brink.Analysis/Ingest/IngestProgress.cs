namespace Brink.Analysis;

/// <summary>
/// Running counts of an ingest: inputs read, articles handled (coded or known), stored, duplicates, revisions, reports,
/// failures; the articles and reports coded so far (<see cref="Coded"/>, <see cref="ReportsCoded"/>: stored counts follow
/// a batch later); and the bytes of input whose articles have been handled (by each article's share of its input).
/// </summary>
public sealed record IngestProgress(int Inputs, int Articles, int Stored, int Duplicates, int Revisions, long Reports, int Failed, TimeSpan Elapsed)
{
    /// <summary>Articles handled per second so far.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;

    /// <summary>Articles coded so far (not stored before), whether or not their batch is written yet.</summary>
    public int Coded { get; init; }

    /// <summary>Reports coded so far, whether or not their batch is written yet.</summary>
    public long ReportsCoded { get; init; }

    /// <summary>Bytes of input handled: whole inputs done plus, of the one in progress, its share for each article handled.</summary>
    public long BytesDone { get; init; }
}
