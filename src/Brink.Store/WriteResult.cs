namespace Brink.Store;

/// <summary>What one committed batch did: articles new, already stored, or new revisions; reports added; events touched.</summary>
public sealed record WriteResult(int NewArticles, int Duplicates, int Revisions, int Reports, int EventsTouched);
