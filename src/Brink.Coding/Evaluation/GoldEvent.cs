namespace Brink.Coding.Evaluation;

/// <summary>One annotated event of the gold set (eval/coding/*.gold.tsv), located by its trigger's occurrence in the text.</summary>
internal sealed record GoldEvent(string Trigger, int Start, string Type, string? Mode, IReadOnlyList<string> Actors, IReadOnlyList<string> Recipients,
    string? Date, string Modality, string? Speaker, IReadOnlyList<string> Sources, int Line);
