namespace Brink.Coding.Data;

/// <summary>
/// A tab-separated file with a header row, read whole. Every row must have as many fields as the
/// header, except that a row may omit an empty last column: editors and "git diff --check" strip
/// the trailing tab those rows need, and that loses nothing.
/// </summary>
internal sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string source, string[] header, List<TsvRow> rows, Dictionary<string, int> columns)
    {
        Source = source;
        Header = header;
        Rows = rows;
        _columns = columns;
    }

    /// <summary>File name used in error messages.</summary>
    public string Source { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<TsvRow> Rows { get; }

    /// <summary>Reads a file; <paramref name="required"/> columns must be in the header.</summary>
    public static TsvTable Load(string path, params string[] required)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Data file '{path}' does not exist. Pass the repository's data/ folder (the one holding ontology/, lexicon/ and actors/).", path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path, required);
    }

    public static TsvTable Read(TextReader reader, string source, params string[] required)
    {
        var headerLine = reader.ReadLine();
        if (string.IsNullOrEmpty(headerLine))
            throw new DataFormatException(source, 1, null, null, "the file has no header row; the first line must name the tab-separated columns");
        var header = headerLine.Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            if (header[i].Length == 0)
                throw new DataFormatException(source, 1, null, null, $"header column {i + 1} is empty; name every column");
            if (!columns.TryAdd(header[i], i))
                throw new DataFormatException(source, 1, header[i], null, "the header names this column twice");
        }
        foreach (var name in required)
        {
            if (!columns.ContainsKey(name))
                throw new DataFormatException(source, 1, name, null, $"required column is missing from the header ({string.Join(", ", header)})");
        }

        var table = new TsvTable(source, header, [], columns);
        var rows = (List<TsvRow>)table.Rows;
        int lineNo = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            // A blank line carries no record; the final newline of the file is not one either.
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length == header.Length - 1)
                fields = [.. fields, ""];
            else if (fields.Length != header.Length)
                throw new DataFormatException(source, lineNo, null, null,
                    $"expected {header.Length} tab-separated fields ({string.Join(", ", header)}), found {fields.Length}; fields must not contain tabs");
            rows.Add(new TsvRow(table, lineNo, fields));
        }
        return table;
    }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>Index of a column; a missing column is an error in the file's header.</summary>
    public int Column(string name) =>
        _columns.TryGetValue(name, out int index)
            ? index
            : throw new DataFormatException(Source, 1, name, null, $"column is missing from the header ({string.Join(", ", Header)})");
}
