using System.Text;

namespace Brink.Coding.Actors.Petrarch;

/// <summary>
/// Turns a dictionary phrase ("BAN_KI-MOON_", "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_") into the spelling Brink's
/// name index needs. Case matters there: a key in capitals matches only capitals, so acronyms ("IAEA", "PKK")
/// stay in capitals and words are written as in running text ("Ki-Moon" also matches "Ki-moon").
/// </summary>
internal static class PetrarchNames
{
    /// <summary>Short words of names that are words, not acronyms.</summary>
    private static readonly HashSet<string> ShortWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "in", "on", "to", "at", "by", "al", "el", "ad", "as", "de", "du", "la", "le", "des",
        "del", "da", "di", "do", "dos", "das", "bin", "ibn", "bint", "abu", "abd", "van", "von", "der", "den", "new",
        "red", "war", "aid", "all", "old", "our", "one", "sun", "god", "pro", "anti", "army", "arab", "free", "holy",
        "from", "with", "its", "men", "his", "way", "law", "sea", "air", "oil", "gas", "art", "big", "top", "far", "mid",
    };

    private static readonly HashSet<string> LowerInName = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "in", "on", "to", "at", "by", "de", "du", "des", "del", "da", "di", "van", "von", "der" };

    /// <summary>Display form; persons never keep capitals (no acronyms in personal names).</summary>
    public static string Display(string phrase, bool person)
    {
        var words = phrase.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder(phrase.Length);
        for (int i = 0; i < words.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            var word = words[i];
            bool acronym = !person && (IsAcronym(word) || (words.Length == 1 && word.Length <= 5 && word.All(char.IsAsciiLetter)));
            if (acronym) sb.Append(word.ToUpperInvariant());
            else if (i > 0 && LowerInName.Contains(word)) sb.Append(word.ToLowerInvariant());
            else AppendTitle(sb, word);
        }
        return sb.ToString();
    }

    private static bool IsAcronym(string word)
    {
        var letters = word.Trim('(', ')', '.', ',', '\'');
        if (letters.Length == 0) return false;
        if (word.StartsWith('(') || letters.Contains('.')) return true;
        if (!letters.All(char.IsAsciiLetter)) return false;
        bool vowel = letters.Any(c => "AEIOUYaeiouy".Contains(c));
        return !vowel || (letters.Length <= 3 && !ShortWords.Contains(letters));
    }

    /// <summary>Capital at the start and after a hyphen, bracket or one-letter prefix: "KI-MOON" -> "Ki-Moon", "O'BRIEN" -> "O'Brien", "PEOPLE'S" -> "People's".</summary>
    private static void AppendTitle(StringBuilder sb, string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            bool start = i == 0 || word[i - 1] is '-' or '(' or '.' or '/' || (i == 2 && word[1] == '\'');
            sb.Append(start ? char.ToUpperInvariant(word[i]) : char.ToLowerInvariant(word[i]));
        }
    }
}
