namespace Brink.Coding.Data;

/// <summary>A data file (TSV) that cannot be used, with the file, line, column and value at fault.</summary>
public sealed class DataFormatException : Exception
{
    public DataFormatException(string file, int line, string? column, string? value, string problem)
        : base(Format(file, line, column, value, problem))
    {
        File = file;
        Line = line;
        Column = column;
        Value = value;
    }

    /// <summary>Path of the file at fault.</summary>
    public string File { get; }

    /// <summary>1-based line number (1 is the header).</summary>
    public int Line { get; }

    /// <summary>Column name, when one column is at fault.</summary>
    public string? Column { get; }

    /// <summary>The offending field value, when there is one.</summary>
    public string? Value { get; }

    private static string Format(string file, int line, string? column, string? value, string problem)
    {
        var where = $"{file}:{line}";
        if (column is not null) where += $": column '{column}'";
        if (value is not null) where += $", value '{value}'";
        return $"{where}: {problem}";
    }
}
