namespace Brink.Text;

/// <summary>A model file that cannot be used: wrong magic, version, truncated or corrupt.</summary>
public sealed class ModelFormatException(string path, string problem)
    : Exception($"Model file '{path}' cannot be loaded: {problem}. Rebuild it with 'brink train text' or restore it from the repository.")
{
    /// <summary>The model file.</summary>
    public string ModelPath { get; } = path;
}
