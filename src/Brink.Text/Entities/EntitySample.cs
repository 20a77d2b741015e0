using Brink.Text.Conllu;

namespace Brink.Text.Entities;

/// <summary>A UNER sentence: the words as a one-sentence <see cref="Doc"/> and their IOB2 tags (PER, ORG, LOC; anything else read as O).</summary>
internal sealed record EntitySample(Doc Doc, string[] Iob)
{
    /// <summary>Reads a UNER IOB2 file (columns: id, token, tag, ...; comments start with '#').</summary>
    public static List<EntitySample> Load(string path)
    {
        var result = new List<EntitySample>();
        var words = new List<string>();
        var tags = new List<string>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path).Append(""))
        {
            lineNo++;
            if (line.Length == 0)
            {
                if (words.Count > 0) result.Add(Make(words, tags));
                words.Clear(); tags.Clear();
                continue;
            }
            if (line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 3) throw new ConlluFormatException(path, lineNo, $"expected at least 3 tab-separated columns (id, token, tag), found {f.Length}");
            words.Add(f[1]);
            tags.Add(Normalize(f[2]));
        }
        return result;
    }

    private static string Normalize(string tag) =>
        tag.Length > 2 && tag[1] == '-' && tag[2..] is "PER" or "ORG" or "LOC" && tag[0] is 'B' or 'I' ? tag : "O";

    private static EntitySample Make(List<string> words, List<string> tags)
    {
        var doc = new Doc(string.Join(' ', words));
        int pos = 0;
        foreach (var w in words)
        {
            doc.AddToken(pos, w.Length, TokenFlags.SpaceAfter);
            pos += w.Length + 1;
        }
        doc.IndexSentences();
        // An I- tag after O or another type starts an entity (IOB2 repair), as conlleval does.
        var iob = tags.ToArray();
        for (int i = 0; i < iob.Length; i++)
            if (iob[i][0] == 'I' && (i == 0 || iob[i - 1] == "O" || iob[i - 1][2..] != iob[i][2..])) iob[i] = "B" + iob[i][1..];
        return new EntitySample(doc, iob);
    }
}
