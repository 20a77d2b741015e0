namespace Brink.Text.Evaluation;

/// <summary>The figures of `brink eval text`, in percent unless named otherwise; NER F1 is null without NER data.</summary>
public sealed record TextEvaluationResult
{
    public required string File { get; init; }
    public required int Sentences { get; init; }
    public required int Words { get; init; }
    public required double Upos { get; init; }
    public required double Xpos { get; init; }
    public required double Lemma { get; init; }
    public required double Uas { get; init; }
    public required double Las { get; init; }
    public required double RawTokensF1 { get; init; }
    public required double RawSentencesF1 { get; init; }
    public required double RawLas { get; init; }
    public double? NerF1 { get; init; }
    public required double TokensPerSecond { get; init; }
    public required double AllocatedBytesPerToken { get; init; }
    public required double PeakMemoryMb { get; init; }
}
