namespace Brink.Coding.Data;

/// <summary>Locates the files under the repository's data/ folder.</summary>
internal static class DataFolder
{
    /// <summary>Path of data/{area}/{file}; checks that the data folder exists so the error says which folder was given.</summary>
    public static string File(string dataDir, string area, string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDir);
        if (!Directory.Exists(dataDir))
            throw new DirectoryNotFoundException($"Data folder '{dataDir}' does not exist. Pass the repository's data/ folder (the one holding ontology/, lexicon/ and actors/).");
        return Path.Combine(dataDir, area, file);
    }
}
