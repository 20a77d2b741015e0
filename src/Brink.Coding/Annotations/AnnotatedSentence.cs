namespace Brink.Coding.Annotations;

/// <summary>One annotated Current Events row: its text as published, and every event in it (none for a row without one).</summary>
/// <remarks>Line is the row's line in the annotation file, for error messages; it is not written.</remarks>
public sealed record AnnotatedSentence(
    string Id,
    DateOnly Date,
    string Story,
    string Text,
    string Sources,
    IReadOnlyList<string> Annotators,
    IReadOnlyList<AnnotatedEvent> Events,
    int Line = 0);
