using System.Collections.Frozen;

namespace Brink.Text.Tokenization;

/// <summary>Small closed word lists behind the splitting decisions EWT makes inside words.</summary>
internal static class WordLists
{
    // EWT keeps "e-mail", "non-violence", "anti-war" whole but splits other hyphenated words ("Al - Zaman").
    private static readonly FrozenSet<string> HyphenPrefixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "e", "non", "anti", "mid", "pre", "re", "co", "post", "over", "pro", "ex", "multi", "semi", "counter", "sub",
        "psycho", "neo", "cross", "socio", "arch", "intra", "un", "mis", "micro", "inter", "ultra", "quasi", "pseudo");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixByText =
        HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    // EWT writes "5 pm", "10 k", "35 mm" as two words even without a space; "1990s", "3rd", "4G" stay whole.
    // Case matters: "35mm" is millimetres, "10MM" (millions) stays whole.
    private static readonly FrozenSet<string> Units = FrozenSet.Create(StringComparer.Ordinal,
        "am", "pm", "AM", "PM", "a.m", "p.m", "A.M", "P.M", "k", "K", "m", "M", "mm", "cm", "km", "kg", "mg", "lb", "lbs", "ft", "mph", "kph", "bn", "mln",
        "ml", "hrs", "yrs", "gb", "GB", "mb", "MB", "kb", "KB", "tb", "TB", "usd", "USD", "eur", "EUR", "gbp", "GBP",
        "mmbtu", "MMBTU", "mw", "MW", "MWh", "kw", "kW", "kWh", "kwh");

    private static readonly FrozenSet<string> Months = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthByText = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitByText = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    // Capitalized words that start sentences far more often than they follow "U.S." or "Inc." inside one.
    private static readonly FrozenSet<string> Starters = FrozenSet.Create(StringComparer.Ordinal,
        "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her",
        "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "From", "With", "By", "As",
        "If", "When", "While", "After", "Before", "Although", "Though", "Because", "Since", "Then", "There", "Here", "What",
        "Who", "Why", "How", "Where", "Which", "Meanwhile", "However", "Also", "Still", "Now", "Some", "Many", "Most", "All",
        "Both", "Each", "Every", "Not", "Please", "Thanks", "Thank", "Let", "Is", "Are", "Do", "Does", "Did", "Can", "Will",
        "Would", "Should", "Could", "Any", "Even", "Just", "To", "Yes", "Once", "According", "Another", "Other", "Such",
        "Over", "During", "Despite", "Last", "Earlier", "Later", "Today", "Yesterday");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterByText = Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> FileExtensions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "doc", "docx", "pdf", "xls", "xlsx", "ppt", "pptx", "txt", "htm", "html", "jpg", "jpeg", "gif", "png", "vcf", "zip", "csv", "mp3", "mp4");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FileExtensionByText =
        FileExtensions.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsFileExtension(ReadOnlySpan<char> word) => word.Length is >= 3 and <= 4 && FileExtensionByText.Contains(word);

    /// <summary>Lowercase function words a line can end with only when the sentence runs on into the next line.</summary>
    public static bool IsRunOnWord(ReadOnlySpan<char> word) =>
        word is "the" or "a" or "an" or "of" or "to" or "in" or "on" or "at" or "for" or "with" or "by" or "from"
            or "and" or "or" or "but" or "that" or "as" or "is" or "are" or "was" or "were" or "be" or "his" or "her"
            or "their" or "its" or "our" or "this" or "said" or "says" or "told" or "than" or "into" or "about";

    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => word.Length <= 7 && HyphenPrefixByText.Contains(word);

    public static bool IsUnit(ReadOnlySpan<char> word) => word.Length <= 5 && UnitByText.Contains(word);

    /// <summary>Three- or four-letter month abbreviations, as in "01-Feb-02".</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) => word.Length is 3 or 4 && MonthByText.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a capitalized word that typically opens a sentence.</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => word.Length <= 10 && StarterByText.Contains(word);
}
