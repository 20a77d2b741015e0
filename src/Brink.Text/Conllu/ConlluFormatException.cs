namespace Brink.Text.Conllu;

/// <summary>A CoNLL-U input that cannot be read, with the file and line that broke it.</summary>
public sealed class ConlluFormatException(string source, int line, string message)
    : Exception($"{source}:{line}: {message}")
{
    /// <summary>The file or stream name.</summary>
    public string InputName { get; } = source;
    /// <summary>1-based line number.</summary>
    public int Line { get; } = line;
}
