namespace Brink.Coding.Annotations;

/// <summary>Reads current-events.tsv (date, story, text, sources; one header row) with one clear error per bad row.</summary>
public static class CurrentEventsReader
{
    /// <summary>Every row; the first bad row is an error naming the file and line.</summary>
    public static List<CurrentEventsRow> Read(string path) => Read(path, null);

    /// <summary>
    /// Every good row; a bad row (too few columns, no ISO date, no text) is an error naming the file and line, or, given
    /// <paramref name="skip"/>, reported there and left out while the other rows are read. A missing file or header is always an error.
    /// </summary>
    public static List<CurrentEventsRow> Read(string path, Action<ArticleFormatException>? skip)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Current Events file '{path}' does not exist (example: ../shared/corpus-open/current-events/current-events.tsv).", path);
        var rows = new List<CurrentEventsRow>();
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            if (line == 1)
            {
                if (!raw.StartsWith("date\tstory\ttext", StringComparison.Ordinal))
                    throw new InvalidDataException($"{path}:1: expected the header 'date<TAB>story<TAB>text<TAB>sources'.");
                continue;
            }
            if (raw.Length == 0) continue;
            string? problem = Parse(raw, line, out var row);
            if (problem is null) { rows.Add(row!); continue; }
            if (skip is null) throw new InvalidDataException($"{path}:{line}: {problem}.");
            skip(new ArticleFormatException($"{path}:{line}", problem));
        }
        return rows;
    }

    /// <summary>The row of one line, or what is wrong with it.</summary>
    private static string? Parse(string raw, int line, out CurrentEventsRow? row)
    {
        row = null;
        var cells = raw.Split('\t');
        if (cells.Length < 3) return $"expected 4 tab-separated columns, found {cells.Length}";
        if (!DateOnly.TryParseExact(cells[0], "yyyy-MM-dd", out var date)) return $"'{Short(cells[0])}' is not an ISO date";
        if (string.IsNullOrWhiteSpace(cells[2])) return "the text column is empty";
        row = new CurrentEventsRow(line, date, cells[1], cells[2], cells.Length > 3 ? cells[3] : "");
        return null;
    }

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "...";
}
