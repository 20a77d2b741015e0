namespace Brink.Text.Tests.Tokenization;

/// <summary>Runs the tokenizer and splitter and shows their output as plain strings to compare with hand-written expectations.</summary>
internal static class TokenizationAssert
{
    public static Doc Tokenize(string text)
    {
        var doc = new Doc(text);
        new Tokenizer().Process(doc);
        return doc;
    }

    public static Doc Split(string text)
    {
        var doc = Tokenize(text);
        new SentenceSplitter().Process(doc);
        return doc;
    }

    /// <summary>Token texts joined by single spaces (no token contains a space).</summary>
    public static string Tokens(string text) => string.Join(" ", Tokenize(text).Tokens.Select(t => t.Text));

    /// <summary>Surface tokens: multiword continuations glued to the token before with "+", e.g. "do+n't".</summary>
    public static string Surface(string text)
    {
        var parts = new List<string>();
        foreach (var t in Tokenize(text).Tokens)
        {
            if ((t.Flags & TokenFlags.MultiwordContinuation) != 0) parts[^1] += "+" + t.Text;
            else parts.Add(t.Text);
        }
        return string.Join(" ", parts);
    }

    /// <summary>The sentences' texts as they stand in the original.</summary>
    public static string[] Sentences(string text) => Split(text).Sentences.Select(s => s.Text).ToArray();

    /// <summary>Checks the invariants every tokenization must keep, whatever the input.</summary>
    public static void WellFormed(Doc doc)
    {
        string text = doc.Text;
        int previousEnd = 0;
        for (int i = 0; i < doc.Count; i++)
        {
            var t = doc[i];
            Assert.True(t.End - t.Start > 0, $"token {i} is empty");
            Assert.True(t.Start >= previousEnd, $"token {i} at {t.Start} overlaps or precedes the previous token ending at {previousEnd}");
            Assert.True(t.End <= text.Length, $"token {i} ends at {t.End}, past the text ({text.Length})");
            Assert.False(char.IsLowSurrogate(text[t.Start]) && t.Start > 0 && char.IsHighSurrogate(text[t.Start - 1]),
                $"token {i} starts inside a surrogate pair");
            Assert.False(char.IsHighSurrogate(text[t.End - 1]) && t.End < text.Length && char.IsLowSurrogate(text[t.End]),
                $"token {i} ends inside a surrogate pair");
            for (int c = t.Start; c < t.End; c++)
                Assert.False(IsBlank(text[c]), $"token {i} contains whitespace or a control character at {c}");
            for (int c = previousEnd; c < t.Start; c++)
                Assert.True(IsBlank(text[c]), $"character U+{(int)text[c]:X4} at {c} is not covered by any token");
            bool spaceAfter = t.End < text.Length && IsBlank(text[t.End]);
            Assert.Equal(spaceAfter, t.SpaceAfter);
            previousEnd = t.End;
        }
        for (int c = previousEnd; c < text.Length; c++)
            Assert.True(IsBlank(text[c]), $"character U+{(int)text[c]:X4} at {c} is not covered by any token");
    }

    /// <summary>Checks that the sentence index partitions the tokens and agrees with the SentenceStart flags.</summary>
    public static void SentencesConsistent(Doc doc)
    {
        if (doc.Count == 0)
        {
            Assert.Equal(0, doc.SentenceCount);
            return;
        }
        int expectedStart = 0;
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var sentence = doc.Sentence(s);
            Assert.Equal(expectedStart, sentence.StartToken);
            Assert.True(sentence.Length > 0, $"sentence {s} is empty");
            Assert.True(sentence.Length <= SentenceSplitter.MaxSentenceTokens, $"sentence {s} has {sentence.Length} tokens");
            Assert.True((doc[sentence.StartToken].Flags & TokenFlags.SentenceStart) != 0);
            Assert.True((doc[sentence.StartToken].Flags & TokenFlags.MultiwordContinuation) == 0, $"sentence {s} starts inside a multiword token");
            for (int t = sentence.StartToken; t < sentence.EndToken; t++) Assert.Equal(s, doc.SentenceOf(t));
            expectedStart = sentence.EndToken;
        }
        Assert.Equal(doc.Count, expectedStart);
    }

    /// <summary>What the tokenizer treats as a separator: whitespace, control characters, zero-width space, BOM, word joiner.</summary>
    public static bool IsBlank(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF' or '\u2060';
}
