namespace Brink.Text.Tokenization;

/// <summary>
/// Scores tokenization and sentence splitting on raw text against gold spans, the way the CoNLL 2018 shared
/// task does: a token or sentence counts as correct only when its character span matches a gold span exactly.
/// </summary>
internal static class RawSegmentationScore
{
    /// <summary>
    /// Compares the tokens and sentences of <paramref name="doc"/> (tokenized and split from
    /// <paramref name="rawText"/>) with the gold spans, both in text order. Tokens are compared as surface
    /// tokens: a token flagged <see cref="TokenFlags.MultiwordContinuation"/> is merged into the one before,
    /// so "do" + "n't" counts as the single surface token "don't", as a CoNLL-U multiword token does.
    /// </summary>
    /// <param name="rawText">The text the document was built from; must equal <see cref="Doc.Text"/>.</param>
    /// <param name="goldTokens">Gold surface token spans, ordered by start.</param>
    /// <param name="goldSentences">Gold sentence spans (first token start to last token end), ordered by start.</param>
    /// <param name="doc">The tokenized and sentence-split document.</param>
    public static SegmentationScore Score(string rawText, ReadOnlySpan<CharSpan> goldTokens, ReadOnlySpan<CharSpan> goldSentences, Doc doc)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        ArgumentNullException.ThrowIfNull(doc);
        if (!string.Equals(rawText, doc.Text, StringComparison.Ordinal))
            throw new ArgumentException("The document was not built from this raw text.", nameof(doc));

        var tokens = doc.TokenData;
        int predictedTokens = 0, matchedTokens = 0, g = 0;
        for (int i = 0; i < tokens.Length;)
        {
            int start = tokens[i].Start, end = tokens[i].End;
            for (i++; i < tokens.Length && (tokens[i].Flags & TokenFlags.MultiwordContinuation) != 0; i++) end = tokens[i].End;
            predictedTokens++;
            if (Matches(goldTokens, ref g, start, end)) matchedTokens++;
        }

        int matchedSentences = 0;
        g = 0;
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var sentence = doc.Sentence(s);
            if (sentence.Length > 0 && Matches(goldSentences, ref g, sentence.Start, sentence.End)) matchedSentences++;
        }
        return new SegmentationScore(goldTokens.Length, predictedTokens, matchedTokens, goldSentences.Length, doc.SentenceCount, matchedSentences);
    }

    // Both lists are in text order, so one forward pointer into the gold list is enough.
    private static bool Matches(ReadOnlySpan<CharSpan> gold, ref int g, int start, int end)
    {
        while (g < gold.Length && gold[g].Start < start) g++;
        return g < gold.Length && gold[g].Start == start && gold[g].End == end;
    }
}
