using System.Collections.Frozen;

namespace Brink.Text.Tokenization;

/// <summary>
/// Clitics EWT writes as separate words of one multiword token: "don't" = "do" + "n't",
/// "cannot" = "can" + "not", and the apostrophe-less web spellings "dont" = "do" + "nt", "im" = "i" + "m".
/// </summary>
internal static class Contractions
{
    // Only forms that are never ordinary words: "ill", "its", "were", "well", "lets", "hes" stay whole.
    private static readonly FrozenDictionary<string, int> Unmarked = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3, ["gimme"] = 3, ["lemme"] = 3,
        ["dont"] = 2, ["cant"] = 2, ["wont"] = 2, ["aint"] = 2, ["isnt"] = 2, ["didnt"] = 3, ["doesnt"] = 4,
        ["wasnt"] = 3, ["arent"] = 3, ["werent"] = 4, ["hasnt"] = 3, ["havent"] = 4, ["hadnt"] = 3,
        ["couldnt"] = 5, ["wouldnt"] = 5, ["shouldnt"] = 6, ["mustnt"] = 4, ["neednt"] = 4,
        ["im"] = 1, ["ive"] = 1, ["youre"] = 3, ["youve"] = 3, ["youll"] = 3, ["theyre"] = 4, ["theyve"] = 4,
        ["thats"] = 4, ["whats"] = 4, ["theres"] = 5, ["heres"] = 4, ["elses"] = 4,
        // Two words run together: EWT writes them as two ordinary tokens, not one multiword token.
        ["alot"] = -1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnmarkedByText =
        Unmarked.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Where an apostrophe-less contraction splits (length of its first word), or 0; <paramref name="multiword"/>
    /// tells whether the parts form one surface token ("dont") or two ("alot" = "a" + "lot").
    /// </summary>
    public static int UnmarkedSplit(ReadOnlySpan<char> word, out bool multiword)
    {
        multiword = false;
        if (word.Length is < 2 or > 8 || !UnmarkedByText.TryGetValue(word, out int at)) return 0;
        multiword = at > 0;
        return Math.Abs(at);
    }

    /// <summary>Whether the letters after an apostrophe form a clitic: 's 're 've 'll 'd 'm.</summary>
    public static bool IsClitic(ReadOnlySpan<char> afterApostrophe) => afterApostrophe.Length switch
    {
        1 => (afterApostrophe[0] | 0x20) is 's' or 'd' or 'm',
        2 => ((afterApostrophe[0] | 0x20) == 'r' && (afterApostrophe[1] | 0x20) == 'e')
            || ((afterApostrophe[0] | 0x20) == 'v' && (afterApostrophe[1] | 0x20) == 'e')
            || ((afterApostrophe[0] | 0x20) == 'l' && (afterApostrophe[1] | 0x20) == 'l'),
        _ => false,
    };

    /// <summary>Whether the letters after an apostrophe are the "t" of n't (the "n" precedes the apostrophe).</summary>
    public static bool IsNegation(ReadOnlySpan<char> beforeApostrophe, ReadOnlySpan<char> afterApostrophe) =>
        afterApostrophe.Length == 1 && (afterApostrophe[0] | 0x20) == 't'
        && beforeApostrophe.Length >= 2 && (beforeApostrophe[^1] | 0x20) == 'n';

    /// <summary>Words that begin with an apostrophe and keep it: 'em, 'til, 'cause, 'n.</summary>
    public static bool IsApostropheInitial(ReadOnlySpan<char> lettersAfter) =>
        lettersAfter.Equals("em", StringComparison.OrdinalIgnoreCase) || lettersAfter.Equals("til", StringComparison.OrdinalIgnoreCase)
        || lettersAfter.Equals("cause", StringComparison.OrdinalIgnoreCase) || lettersAfter.Equals("n", StringComparison.OrdinalIgnoreCase)
        || lettersAfter.Equals("tis", StringComparison.OrdinalIgnoreCase) || lettersAfter.Equals("twas", StringComparison.OrdinalIgnoreCase);
}
