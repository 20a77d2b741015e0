using System.Reflection;
using System.Security.Cryptography;

namespace Brink.Coding;

/// <summary>Names a coder by Brink's version and the content of its model and data files.</summary>
internal static class CoderVersion
{
    public static string Of(string modelDir, string dataDir)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (root, pattern) in new[] { (modelDir, "*.bkm"), (dataDir, "*.tsv") })
        {
            if (!Directory.Exists(root)) continue;
            foreach (var file in Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file).Replace('\\', '/')));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        string brink = typeof(CoderVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return $"brink-{brink}+{Convert.ToHexStringLower(hash.GetHashAndReset())[..12]}";
    }
}
