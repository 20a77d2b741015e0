namespace Brink.Coding.Tests.Data;

/// <summary>A throw-away data/ folder for fixtures; files are written with LF line ends.</summary>
internal sealed class TempDataDir : IDisposable
{
    public TempDataDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "brink-coding-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes data/{relative} from lines (tabs written as "\t").</summary>
    public string Write(string relative, params string[] lines)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, string.Join('\n', lines) + "\n");
        return file;
    }

    /// <summary>Copies one file of the real data/ folder into this one.</summary>
    public void CopyFromRepo(string relative)
    {
        var target = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Copy(System.IO.Path.Combine(RepoData.Dir, relative), target);
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
