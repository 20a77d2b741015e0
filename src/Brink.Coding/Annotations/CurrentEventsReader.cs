namespace Brink.Coding.Annotations;

/// <summary>Reads current-events.tsv (date, story, text, sources; one header row) with one clear error per bad row.</summary>
public static class CurrentEventsReader
{
    public static List<CurrentEventsRow> Read(string path)
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
            var cells = raw.Split('\t');
            if (cells.Length < 3) throw new InvalidDataException($"{path}:{line}: expected 4 tab-separated columns, found {cells.Length}.");
            if (!DateOnly.TryParseExact(cells[0], "yyyy-MM-dd", out var date)) throw new InvalidDataException($"{path}:{line}: '{cells[0]}' is not an ISO date.");
            rows.Add(new CurrentEventsRow(line, date, cells[1], cells[2], cells.Length > 3 ? cells[3] : ""));
        }
        return rows;
    }
}
