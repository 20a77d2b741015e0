namespace Brink.Store;

/// <summary>How much a store holds.</summary>
public sealed record StoreCounts(long Articles, long Reports, long Events, long Dyads);
