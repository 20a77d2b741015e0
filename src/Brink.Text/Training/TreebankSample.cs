using Brink.Text.Conllu;

namespace Brink.Text.Training;

/// <summary>A gold-tokenized treebank sentence as a one-sentence <see cref="Doc"/> plus its gold words.</summary>
internal sealed class TreebankSample
{
    private TreebankSample(Doc doc, ConlluWord[] words)
    {
        Doc = doc;
        Words = words;
    }

    public Doc Doc { get; }

    public ConlluWord[] Words { get; }

    public int Length => Words.Length;

    /// <summary>The sentence's words joined by single spaces, tokens set to the gold words.</summary>
    public static TreebankSample From(ConlluSentence s, LabelSet? labels = null)
    {
        var text = string.Join(' ', s.Words.Select(w => w.Form));
        var doc = new Doc(text, labels);
        int pos = 0;
        foreach (var w in s.Words)
        {
            doc.AddToken(pos, w.Form.Length, TokenFlags.SpaceAfter);
            pos += w.Form.Length + 1;
        }
        doc.IndexSentences();
        return new TreebankSample(doc, s.Words);
    }

    public static List<TreebankSample> Load(string path) => ConlluReader.ReadFile(path).Select(s => From(s)).ToList();
}
