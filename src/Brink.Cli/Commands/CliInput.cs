using System.Text;

namespace Brink.Cli.Commands;

/// <summary>Reading user input files with errors that name the input and say what is wrong.</summary>
internal static class CliInput
{
    /// <summary>What a lone "-" on the command line becomes: read standard input.</summary>
    public const string StdinMarker = "<stdin>";

    private static bool IsStdin(string? path) => path is null or "-" or StdinMarker;

    public static string RequireFile(string path, string option)
    {
        if (File.Exists(path)) return path;
        throw new CliException(Directory.Exists(path)
            ? $"{option} '{path}' is a folder; give a file."
            : $"{option} '{path}' does not exist.");
    }

    /// <summary>Reads a text file or standard input ("-") as UTF-8, refusing binary data and invalid UTF-8.</summary>
    public static string ReadText(string? path)
    {
        string name = IsStdin(path) ? "standard input" : $"'{path}'";
        byte[] bytes;
        try
        {
            if (IsStdin(path))
            {
                using var ms = new MemoryStream();
                Console.OpenStandardInput().CopyTo(ms);
                bytes = ms.ToArray();
            }
            else
            {
                if (Directory.Exists(path)) throw new CliException($"Input {name} is a folder; give a file or '-'.");
                if (!File.Exists(path)) throw new CliException($"Input {name} does not exist.");
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (IOException e) { throw new CliException($"Input {name} cannot be read: {e.Message}"); }
        catch (UnauthorizedAccessException) { throw new CliException($"Input {name} cannot be read: permission denied."); }
        if (bytes.AsSpan().IndexOf((byte)0) >= 0) throw new CliException($"Input {name} looks binary (it contains NUL bytes); give UTF-8 text.");
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new CliException($"Input {name} is not valid UTF-8 (first bad byte at offset {e.Index}); convert it, e.g. with iconv -t UTF-8.");
        }
    }
}
