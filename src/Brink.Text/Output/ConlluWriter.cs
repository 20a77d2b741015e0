namespace Brink.Text;

/// <summary>Writes a <see cref="Doc"/> as CoNLL-U, with character offsets in MISC (TokenRange=start:end) and entities as NER=tag.</summary>
public static class ConlluWriter
{
    /// <summary>Writes every sentence of <paramref name="doc"/>.</summary>
    public static void Write(Doc doc, TextWriter w, string? docId = null)
    {
        if (docId is not null) w.WriteLine($"# newdoc id = {docId}");
        foreach (var s in doc.Sentences)
        {
            w.WriteLine($"# sent_id = {s.Index + 1}");
            w.WriteLine($"# text = {OneLine(s.Text)}");
            foreach (var t in s.Tokens)
            {
                int head = t.Head < 0 ? 0 : t.Head - s.StartToken + 1;
                bool parsed = t.Dep != "_";
                var misc = $"TokenRange={t.Start}:{t.End}";
                if (!t.SpaceAfter) misc += "|SpaceAfter=No";
                if (t.Entity is not "O" and not "_") misc += "|NER=" + t.Entity;
                w.Write(t.Index - s.StartToken + 1); w.Write('\t');
                w.Write(Field(t.Text)); w.Write('\t');
                w.Write(Field(t.Lemma)); w.Write('\t');
                w.Write(t.Upos); w.Write('\t');
                w.Write(t.Xpos); w.Write('\t');
                w.Write(t.Feats); w.Write('\t');
                w.Write(parsed ? head.ToString(System.Globalization.CultureInfo.InvariantCulture) : "_"); w.Write('\t');
                w.Write(t.Dep); w.Write("\t_\t");
                w.WriteLine(misc);
            }
            w.WriteLine();
        }
    }

    private static string OneLine(string s) => s.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');

    private static string Field(string s) => s.Length == 0 ? "_" : OneLine(s);
}
