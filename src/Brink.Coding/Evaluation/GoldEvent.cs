namespace Brink.Coding.Evaluation;

/// <summary>One annotated event of the gold set (eval/coding/*.gold.tsv), located by its trigger's occurrence in the text.</summary>
/// <remarks>AltStart: another word of the same construction a coder may report instead ("imposed" / "sanctions"), or -1.</remarks>
internal sealed record GoldEvent(string Trigger, int Start, int AltStart, string Type, string? Mode, IReadOnlyList<string> Actors, IReadOnlyList<string> Recipients,
    string? Date, string Modality, string? Speaker, IReadOnlyList<string> Sources, int Line);
