namespace Brink.Coding.Evaluation;

/// <summary>The coder scored on annotated sentences (<see cref="SentenceEvaluation"/>).</summary>
/// <param name="Rows">Rows scored.</param>
/// <param name="Fields">event (type + actor + recipient, the headline), trigger, type, actor, recipient, modality.</param>
/// <param name="OneEventRows">Rows with exactly one annotated event.</param>
/// <param name="OneEventTypeCorrect">Of those, rows where the coder's most confident record has the annotated type.</param>
/// <param name="Records">Records the coder emitted.</param>
/// <param name="RecordsWithoutActor">Records with no actor resolved to a country or organisation.</param>
/// <param name="Confusion">Counts of (annotated type, coded type) over aligned events; NONE for a miss or a spurious record.</param>
public sealed record SentenceScores(
    int Rows,
    IReadOnlyList<FieldScore> Fields,
    int OneEventRows,
    int OneEventTypeCorrect,
    int Records,
    int RecordsWithoutActor,
    IReadOnlyDictionary<(string Gold, string Coded), int> Confusion)
{
    /// <summary>Type accuracy on one-event rows, percent.</summary>
    public double OneEventTypeAccuracy => OneEventRows == 0 ? 0 : 100.0 * OneEventTypeCorrect / OneEventRows;

    /// <summary>Share of records without a resolved actor, percent.</summary>
    public double NoActorShare => Records == 0 ? 0 : 100.0 * RecordsWithoutActor / Records;
}
