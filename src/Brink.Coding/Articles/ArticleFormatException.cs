namespace Brink.Coding;

/// <summary>An input article that cannot be read, naming the input and what to fix.</summary>
public sealed class ArticleFormatException(string input, string problem) : Exception($"{input}: {problem}")
{
    /// <summary>The file, line or stream that failed.</summary>
    public string Input { get; } = input;
}
