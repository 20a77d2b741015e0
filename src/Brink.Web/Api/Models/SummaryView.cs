namespace Brink.Web.Api;

/// <summary>What the server holds and allows: backend, counts, the last day with events, and whether writes need the key.</summary>
internal sealed record SummaryView(string Backend, long Articles, long Reports, long Events, long DyadRows, DateOnly? LastDay, bool WritesNeedKey,
    bool WritesRefused);
