namespace Brink.Coding.Annotations;

/// <summary>One row of the Current Events corpus: the portal day, its story, the summary text and its cited outlets.</summary>
/// <remarks>Line is the row's 1-based line in the file (the header is line 1), so a row keeps one id however it is sampled.</remarks>
public sealed record CurrentEventsRow(int Line, DateOnly Date, string Story, string Text, string Sources)
{
    /// <summary>The row's stable id: "ce" and its line in current-events.tsv.</summary>
    public string Id => $"ce{Line}";
}
