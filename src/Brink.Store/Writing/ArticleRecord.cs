namespace Brink.Store;

/// <summary>
/// An article as the store takes it: its text, the fields articles are found and listed by, the coder that coded it and
/// its reports. <see cref="Id"/> is the source's own id, which keys revisions when there is no URL.
/// </summary>
public sealed record ArticleRecord(string Id, string Text, string? Title, DateOnly? Published, string? Outlet, string? Url,
    string CoderVersion, IReadOnlyList<ReportRecord> Reports)
{
    private string? _contentHash;

    /// <summary>Content hash of the text (<see cref="EventStore.ContentHash"/>): the same text is the same article,
    /// whatever file it came from. Computed when first asked unless the caller already has it.</summary>
    public string ContentHash { get => _contentHash ??= EventStore.ContentHash(Text); init => _contentHash = value; }
}
