namespace Brink.Coding.Annotations;

/// <summary>One annotated Current Events row: its text as published, and every event in it (none for a row without one).</summary>
/// <remarks>
/// Line is the row's line in the annotation file, for error messages; it is not written. Rows are built by the readers
/// in this assembly, so the constructor and the events stay internal; other projects read the id, date, line and count.
/// </remarks>
public sealed record AnnotatedSentence
{
    internal AnnotatedSentence(string id, DateOnly date, string story, string text, string sources, IReadOnlyList<string> annotators,
        IReadOnlyList<AnnotatedEvent> events, int line = 0)
    {
        Id = id;
        Date = date;
        Story = story;
        Text = text;
        Sources = sources;
        Annotators = annotators;
        Events = events;
        Line = line;
    }

    /// <summary>The row's id, unique over all annotation files.</summary>
    public string Id { get; }

    /// <summary>The row's Current Events day.</summary>
    public DateOnly Date { get; }

    internal string Story { get; }

    internal string Text { get; }

    internal string Sources { get; }

    internal IReadOnlyList<string> Annotators { get; }

    internal IReadOnlyList<AnnotatedEvent> Events { get; }

    /// <summary>How many events the row holds.</summary>
    public int EventCount => Events.Count;

    /// <summary>The row's line in its annotation file (0 when not read from one).</summary>
    public int Line { get; }
}
