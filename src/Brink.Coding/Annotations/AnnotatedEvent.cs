namespace Brink.Coding.Annotations;

/// <summary>One annotated event of a sentence row: trigger span, PLOVER type and mode, actors, recipients, modality.</summary>
internal sealed record AnnotatedEvent(
    int TriggerStart,
    int TriggerEnd,
    string TriggerText,
    string Type,
    string? Mode,
    IReadOnlyList<AnnotatedEntity> Actors,
    IReadOnlyList<AnnotatedEntity> Recipients,
    Modality Modality,
    string? Note = null);
