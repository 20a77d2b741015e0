using Brink.Text.Tokenization;

namespace Brink.Text;

/// <summary>Rule-based tokenizer following Universal Dependencies English (EWT) conventions.</summary>
internal sealed class Tokenizer : IDocComponent
{
    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <summary>Splits <see cref="Doc.Text"/> into tokens; the document must not have any yet.</summary>
    public void Process(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Count != 0)
            throw new InvalidOperationException($"tokenizer: the document already has {doc.Count} tokens; tokenize a fresh Doc.");

        var w = new TokenWriter(doc) { ParagraphPending = true };
        ReadOnlySpan<char> text = doc.Text;
        int i = 0;
        while (i < text.Length)
        {
            int gapStart = i;
            while (i < text.Length && CharClass.IsSeparator(text[i])) i++;
            if (i == text.Length) break;
            int chunkEnd = i + 1;
            while (chunkEnd < text.Length && !CharClass.IsSeparator(text[chunkEnd])) chunkEnd++;
            if (doc.Count > 0 && i > gapStart)
            {
                int breaks = CharClass.CountLineBreaks(text[gapStart..i]);
                if (breaks > 0)
                {
                    if (ParagraphRules.StartsParagraph(doc, w.LineFirstToken, breaks, i, chunkEnd))
                    {
                        w.ParagraphPending = true;
                        w.SingleQuoteOpen = false;
                    }
                    w.LineFirstToken = doc.Count;
                }
            }
            ChunkScanner.Scan(ref w, i, chunkEnd);
            i = chunkEnd;
        }
    }
}
