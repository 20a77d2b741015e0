namespace Brink.Text.Conllu;

/// <summary>Reads CoNLL-U sentences; skips empty nodes (decimal ids), keeps multiword ranges.</summary>
internal static class ConlluReader
{
    public static List<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path).ToList();
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string source)
    {
        var words = new List<ConlluWord>();
        var multi = new List<ConlluMultiword>();
        string? text = null, id = null;
        bool newDoc = false, newPar = false;
        int lineNo = 0, startLine = 1;
        string? line;
        while (true)
        {
            line = reader.ReadLine();
            lineNo++;
            if (line is null || line.Length == 0)
            {
                if (words.Count > 0)
                {
                    Validate(words, source, startLine);
                    yield return new ConlluSentence(id, text, newDoc, newPar, words.ToArray(), multi.ToArray());
                }
                words.Clear(); multi.Clear();
                text = id = null; newDoc = newPar = false;
                startLine = lineNo + 1;
                if (line is null) yield break;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
                else if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..];
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal)) newDoc = true;
                else if (line.StartsWith("# newpar", StringComparison.Ordinal)) newPar = true;
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 10) throw new ConlluFormatException(source, lineNo, $"expected 10 tab-separated columns, found {f.Length}");
            if (f[0].Contains('.')) continue;
            int dash = f[0].IndexOf('-');
            if (dash > 0)
            {
                if (!int.TryParse(f[0].AsSpan(0, dash), out int a) || !int.TryParse(f[0].AsSpan(dash + 1), out int b))
                    throw new ConlluFormatException(source, lineNo, $"bad multiword range '{f[0]}'");
                multi.Add(new ConlluMultiword(a, b, f[1], !f[9].Contains("SpaceAfter=No", StringComparison.Ordinal)));
                continue;
            }
            if (!int.TryParse(f[0], out int wid)) throw new ConlluFormatException(source, lineNo, $"bad word id '{f[0]}'");
            int head = -1;
            if (f[6] != "_" && !int.TryParse(f[6], out head)) throw new ConlluFormatException(source, lineNo, $"bad head '{f[6]}'");
            words.Add(new ConlluWord(wid, f[1], f[2], f[3], f[4], f[5], head, f[7], f[9]));
        }
    }

    private static void Validate(List<ConlluWord> words, string source, int line)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Id != i + 1) throw new ConlluFormatException(source, line, $"word ids must run 1..n; found {words[i].Id} at position {i + 1}");
            if (words[i].Head > words.Count) throw new ConlluFormatException(source, line, $"word {words[i].Id} has head {words[i].Head} beyond the sentence");
        }
    }
}
