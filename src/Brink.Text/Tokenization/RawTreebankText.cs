namespace Brink.Text.Tokenization;

/// <summary>
/// The raw text of a CoNLL-U treebank with its gold surface token and sentence spans, rebuilt from the
/// "# text" lines: sentences joined by a space within a paragraph and by a blank line between paragraphs
/// ("# newpar", "# newdoc"). Just enough CoNLL-U to evaluate segmentation; not a general reader.
/// </summary>
internal sealed class RawTreebankText
{
    private RawTreebankText(string text, CharSpan[] tokens, CharSpan[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>The rebuilt raw text.</summary>
    public string Text { get; }

    /// <summary>Gold surface token spans (a multiword token such as "don't" is one span), in text order.</summary>
    public CharSpan[] Tokens { get; }

    /// <summary>Gold sentence spans, in text order.</summary>
    public CharSpan[] Sentences { get; }

    /// <summary>Reads the CoNLL-U file at <paramref name="path"/>.</summary>
    public static RawTreebankText Load(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads CoNLL-U from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static RawTreebankText Read(TextReader reader, string source = "CoNLL-U")
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<CharSpan>();
        var sentences = new List<CharSpan>();
        var forms = new List<string>();
        string? sentenceText = null;
        bool newParagraph = false;
        int lineNumber = 0, skipThrough = 0;
        for (string? line = reader.ReadLine(); ; line = reader.ReadLine())
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (forms.Count > 0)
                {
                    if (sentenceText is null) throw new InvalidDataException($"{source}:{lineNumber}: sentence without a '# text' line.");
                    if (text.Length > 0) text.Append(newParagraph ? "\n\n" : " ");
                    AddSentence(text, sentenceText, forms, tokens, sentences, source, lineNumber);
                }
                forms.Clear();
                sentenceText = null;
                newParagraph = false;
                skipThrough = 0;
                if (line is null) break;
                continue;
            }
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal)) sentenceText = line["# text = ".Length..];
                else if (line.StartsWith("# newpar", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal)) newParagraph = true;
                continue;
            }
            int tab = line.IndexOf('\t');
            int formEnd = tab < 0 ? -1 : line.IndexOf('\t', tab + 1);
            if (formEnd < 0) throw new InvalidDataException($"{source}:{lineNumber}: expected tab-separated columns.");
            var id = line.AsSpan(0, tab);
            if (id.Contains('.')) continue; // empty node
            int dash = id.IndexOf('-');
            if (dash >= 0)
            {
                skipThrough = int.Parse(id[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                forms.Add(line[(tab + 1)..formEnd]);
            }
            else if (int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) > skipThrough)
            {
                forms.Add(line[(tab + 1)..formEnd]);
            }
        }
        return new RawTreebankText(text.ToString(), [.. tokens], [.. sentences]);
    }

    private static void AddSentence(System.Text.StringBuilder text, string sentence, List<string> forms, List<CharSpan> tokens,
        List<CharSpan> sentences, string source, int lineNumber)
    {
        int offset = text.Length, p = 0, first = -1, last = 0;
        foreach (var form in forms)
        {
            while (p < sentence.Length && char.IsWhiteSpace(sentence[p])) p++;
            if (string.CompareOrdinal(sentence, p, form, 0, form.Length) != 0)
                throw new InvalidDataException($"{source}:{lineNumber}: token '{form}' does not match the '# text' at offset {p}.");
            if (first < 0) first = p;
            tokens.Add(new CharSpan(offset + p, offset + p + form.Length));
            p += form.Length;
            last = p;
        }
        sentences.Add(new CharSpan(offset + first, offset + last));
        text.Append(sentence);
    }
}
