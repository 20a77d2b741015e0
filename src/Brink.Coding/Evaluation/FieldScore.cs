namespace Brink.Coding.Evaluation;

/// <summary>Precision, recall and F1 (percent) of one field: correct predicted events over all predicted, and over all gold.</summary>
public sealed record FieldScore(string Field, int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
