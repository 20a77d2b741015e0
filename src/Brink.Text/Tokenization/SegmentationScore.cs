namespace Brink.Text.Tokenization;

/// <summary>
/// Counts behind token and sentence segmentation scores: how many spans the gold standard has, how many the
/// system produced, and how many of them match exactly (same start and end offset).
/// </summary>
internal readonly record struct SegmentationScore(
    int GoldTokens, int PredictedTokens, int MatchedTokens,
    int GoldSentences, int PredictedSentences, int MatchedSentences)
{
    public double TokenPrecision => Ratio(MatchedTokens, PredictedTokens);

    public double TokenRecall => Ratio(MatchedTokens, GoldTokens);

    /// <summary>Token F1 in [0, 1].</summary>
    public double TokenF1 => F1(MatchedTokens, GoldTokens, PredictedTokens);

    public double SentencePrecision => Ratio(MatchedSentences, PredictedSentences);

    public double SentenceRecall => Ratio(MatchedSentences, GoldSentences);

    /// <summary>Sentence F1 in [0, 1].</summary>
    public double SentenceF1 => F1(MatchedSentences, GoldSentences, PredictedSentences);

    private static double Ratio(int matched, int total) => total == 0 ? 0 : (double)matched / total;

    private static double F1(int matched, int gold, int predicted) => gold + predicted == 0 ? 0 : 2.0 * matched / (gold + predicted);

    public override string ToString() =>
        $"tokens F1 {TokenF1:P2} (P {TokenPrecision:P2}, R {TokenRecall:P2}; {MatchedTokens}/{GoldTokens} gold, {PredictedTokens} predicted); " +
        $"sentences F1 {SentenceF1:P2} (P {SentencePrecision:P2}, R {SentenceRecall:P2}; {MatchedSentences}/{GoldSentences} gold, {PredictedSentences} predicted)";
}
