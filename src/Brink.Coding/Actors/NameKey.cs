namespace Brink.Coding.Actors;

/// <summary>
/// The normal form shared by index keys and mentions, so that news spellings meet data spellings:
/// curly apostrophes become straight, periods are dropped ("U.S." = "US" = "U.S", the tokenizer's
/// form at a sentence end), white space is collapsed, and a leading "the" is dropped before a
/// capitalised name ("the Kremlin" = "Kremlin"). "the" stays before a lower-case word, because
/// "the alliance" or "the administration" mean an actor only with the article.
/// </summary>
internal static class NameKey
{
    /// <summary>Mentions up to this length are normalised on the stack.</summary>
    public const int StackLimit = 256;

    public static string Normalize(string value)
    {
        Span<char> buffer = value.Length <= StackLimit ? stackalloc char[StackLimit] : new char[value.Length];
        return new string(buffer[..Normalize(value, buffer)]);
    }

    /// <summary>Writes the normal form of <paramref name="source"/> into <paramref name="dest"/> (at least as long) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> dest)
    {
        int length = 0;
        bool pendingSpace = false;
        foreach (var raw in source)
        {
            if (raw == '.') continue;
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                dest[length++] = ' ';
                pendingSpace = false;
            }
            dest[length++] = raw is '\u2019' or '\u2018' or '\u02BC' or '`' ? '\'' : raw;
        }
        if (length > 4 && dest[..4].Equals("the ", StringComparison.OrdinalIgnoreCase) && !char.IsLower(dest[4]))
        {
            dest[4..length].CopyTo(dest);
            length -= 4;
        }
        return length;
    }

    /// <summary>True if a key may also be matched ignoring case: only keys with a lower-case letter, so acronyms ("US", "WHO", "IS") never match "us", "Who", "is".</summary>
    public static bool AllowsCaseFolding(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (char.IsLower(c)) return true;
        }
        return false;
    }

    public static bool HasUpper(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (char.IsUpper(c)) return true;
        }
        return false;
    }
}
