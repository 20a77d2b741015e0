namespace Brink.Coding.Evaluation;

/// <summary>Where the article of an article annotation (NAME.gold.tsv) is: NAME.txt beside it, else in a texts folder.</summary>
/// <remarks>Annotations of texts Brink may not ship (the Wikinews and seed articles in ../shared) keep only the gold file.</remarks>
public static class GoldArticles
{
    internal const string Extension = ".gold.tsv";

    /// <summary>The annotation files of a folder, in name order.</summary>
    public static IEnumerable<string> In(string dir) => Directory.GetFiles(dir, "*" + Extension).Order(StringComparer.Ordinal);

    /// <summary>The article's path; a missing article is an error naming both files.</summary>
    public static string TextOf(string goldPath, string? textsDir)
    {
        string name = Path.GetFileName(goldPath)[..^Extension.Length] + ".txt";
        string beside = Path.Combine(Path.GetDirectoryName(goldPath) ?? ".", name);
        if (File.Exists(beside)) return beside;
        string elsewhere = Path.Combine(textsDir ?? ".", name);
        return File.Exists(elsewhere) ? elsewhere
            : throw new FileNotFoundException($"{goldPath}: its article '{name}' is neither beside it nor in the texts folder ({textsDir ?? "not given"}).", elsewhere);
    }
}
