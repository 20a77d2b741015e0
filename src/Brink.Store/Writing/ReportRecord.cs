namespace Brink.Store;

/// <summary>
/// One coded report as the store takes it: the coder's JSON, kept as given and never read here, and the few fields the
/// store indexes, counts and merges on. What those fields mean is the coder's business: the store only files them.
/// </summary>
/// <param name="RecordId">The coder's id of the report, unique within its article.</param>
/// <param name="Json">The report as the coder writes it; exports return it unchanged.</param>
public sealed record ReportRecord(string RecordId, string Json)
{
    public int SentenceIndex { get; init; }
    public int SentenceStart { get; init; }
    public int SentenceEnd { get; init; }
    public int TriggerStart { get; init; }
    public int TriggerEnd { get; init; }
    public string? TriggerText { get; init; }
    public required string EventType { get; init; }
    public string? Mode { get; init; }
    public string? Cameo { get; init; }
    public string? Quad { get; init; }
    public double? Score { get; init; }
    public DateOnly? Date { get; init; }
    public DateOnly? DateEnd { get; init; }

    /// <summary>How exact the date is, lower-case ("day", "publication", ...); merging treats "day" dates as exact.</summary>
    public required string DatePrecision { get; init; }

    public required string Modality { get; init; }
    public string? LocationCountry { get; init; }

    /// <summary>The actor side's merge identity: reports of one event on one day share it ("-" when none).</summary>
    public required string ActorKey { get; init; }

    public required string RecipientKey { get; init; }
    public bool SpeakerNamed { get; init; }
    public int SourcesNamed { get; init; }
    public int SourcesUnnamed { get; init; }
    public double Confidence { get; init; }
    public IReadOnlyList<ActorRecord> Actors { get; init; } = [];
    public IReadOnlyList<ActorRecord> Recipients { get; init; } = [];

    /// <summary>The (actor, recipient) parties the report counts for in dyad series.</summary>
    public IReadOnlyList<(string Actor, string Recipient)> Dyads { get; init; } = [];
}
