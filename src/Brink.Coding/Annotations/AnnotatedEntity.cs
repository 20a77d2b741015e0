namespace Brink.Coding.Annotations;

/// <summary>An actor or recipient as annotated: its span in the text (all null for an implicit actor) and its code.</summary>
internal sealed record AnnotatedEntity(int? Start, int? End, string? Text, ActorCode Code);
