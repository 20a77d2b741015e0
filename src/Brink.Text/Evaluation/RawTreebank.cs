using Brink.Text.Conllu;
using Brink.Text.Tokenization;

namespace Brink.Text.Evaluation;

/// <summary>
/// A treebank as raw text with gold spans, for scoring the pipeline from raw input as the CoNLL 2018
/// shared task does: sentences' "# text" joined by a space within a paragraph and a blank line between
/// paragraphs; surface tokens, sentences and syntactic words located by character offsets.
/// </summary>
internal sealed class RawTreebank
{
    public required string Text { get; init; }
    public required CharSpan[] Tokens { get; init; }
    public required CharSpan[] Sentences { get; init; }
    public required CharSpan[] Words { get; init; }
    /// <summary>Gold head of each word as a word index, -1 for the root.</summary>
    public required int[] Heads { get; init; }
    /// <summary>Gold universal relation of each word (subtype removed).</summary>
    public required string[] Relations { get; init; }

    public static RawTreebank Build(IReadOnlyList<ConlluSentence> sentences, string source)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<CharSpan>();
        var sents = new List<CharSpan>();
        var words = new List<CharSpan>();
        var heads = new List<int>();
        var rels = new List<string>();
        foreach (var s in sentences)
        {
            string st = s.Text ?? throw new ConlluFormatException(source, 0, $"sentence '{s.Id}' has no '# text' comment, so raw text cannot be rebuilt");
            if (text.Length > 0) text.Append(s.NewPar || s.NewDoc ? "\n\n" : " ");
            int offset = text.Length, firstWord = words.Count, pos = 0, sentStart = -1, sentEnd = -1;
            text.Append(st);
            for (int w = 1; w <= s.Words.Length; w++)
            {
                var mwt = s.MultiwordAt(w);
                string surface = mwt?.Form ?? s.Words[w - 1].Form;
                int last = mwt?.Last ?? w;
                int at = Find(st, surface, pos, source, s.Id);
                var span = new CharSpan(offset + at, offset + at + surface.Length);
                tokens.Add(span);
                if (sentStart < 0) sentStart = span.Start;
                sentEnd = span.End;
                AddWords(s, w, last, span, words);
                pos = at + surface.Length;
                w = last;
            }
            sents.Add(new CharSpan(sentStart, sentEnd));
            foreach (var word in s.Words)
            {
                heads.Add(word.Head <= 0 ? -1 : firstWord + word.Head - 1);
                rels.Add(word.BaseDeprel);
            }
        }
        return new RawTreebank { Text = text.ToString(), Tokens = [.. tokens], Sentences = [.. sents], Words = [.. words], Heads = [.. heads], Relations = [.. rels] };
    }

    private static int Find(string sentence, string surface, int from, string source, string? id)
    {
        int at = sentence.IndexOf(surface, from, StringComparison.Ordinal);
        if (at < 0) throw new ConlluFormatException(source, 0, $"token '{surface}' of sentence '{id}' is not in its '# text'");
        return at;
    }

    /// <summary>Words of a multiword token get sub-spans when their forms spell the surface ("do"+"n't" = "don't"), else the whole span.</summary>
    private static void AddWords(ConlluSentence s, int first, int last, CharSpan span, List<CharSpan> words)
    {
        int total = 0;
        for (int w = first; w <= last; w++) total += s.Words[w - 1].Form.Length;
        bool spells = total == span.Length;
        int start = span.Start;
        for (int w = first; w <= last; w++)
        {
            int len = s.Words[w - 1].Form.Length;
            words.Add(spells ? new CharSpan(start, start + len) : span);
            start += len;
        }
    }
}
