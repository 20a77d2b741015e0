namespace Brink.Coding.Lexicon;

/// <summary>Parses the pattern and recipient notation of triggers.tsv exactly as data/lexicon/README.md documents it.</summary>
internal static class TriggerPatternParser
{
    private const string Known = "+prt:X, +obj, +obj:X, +subj:X, +mod:X, +prep:P, +prep:P:X, +xcomp, +xcomp:V";

    /// <summary>Parses a pattern; <paramref name="error"/> builds the exception (with file:line) for a problem.</summary>
    public static TriggerPattern Parse(string text, Func<string, Exception> error)
    {
        if (text.Length == 0) return TriggerPattern.Empty;
        var tokens = new List<PatternToken>();
        foreach (var raw in text.Split(' '))
        {
            if (raw.Length == 0) throw error("empty token; separate pattern tokens with single spaces");
            var token = ParseToken(raw, error);
            // A head has one particle, object, subject and complement; two of them is a typo.
            if (token.Slot is not (PatternSlot.Preposition or PatternSlot.Modifier) && tokens.Any(t => t.Slot == token.Slot))
                throw error($"'+{SlotName(token.Slot)}' appears twice; a pattern can require it only once");
            tokens.Add(token);
        }
        return new TriggerPattern(tokens);
    }

    /// <summary>Parses the recipient column: slots separated by " ; ", each obj, iobj, poss or prep:P.</summary>
    public static IReadOnlyList<RecipientSlot> ParseRecipients(IReadOnlyList<string> values, Func<string, Exception> error)
    {
        var slots = new RecipientSlot[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            var value = values[i];
            slots[i] = value switch
            {
                "obj" => new RecipientSlot(RecipientKind.Object, null),
                "iobj" => new RecipientSlot(RecipientKind.IndirectObject, null),
                "poss" => new RecipientSlot(RecipientKind.Possessor, null),
                _ when value.StartsWith("prep:", StringComparison.Ordinal) && IsWord(value.AsSpan(5)) =>
                    new RecipientSlot(RecipientKind.Preposition, value[5..]),
                _ => throw error($"unknown recipient slot '{value}'; use obj, iobj, poss or prep:P (P a lower-case preposition)"),
            };
        }
        return slots;
    }

    public static string SlotName(PatternSlot slot) => slot switch
    {
        PatternSlot.Particle => "prt",
        PatternSlot.Object => "obj",
        PatternSlot.Subject => "subj",
        PatternSlot.Preposition => "prep",
        PatternSlot.Xcomp => "xcomp",
        _ => "mod",
    };

    private static PatternToken ParseToken(string raw, Func<string, Exception> error)
    {
        if (raw[0] != '+') throw error($"token '{raw}' must start with '+'; known tokens: {Known}");
        var parts = raw[1..].Split(':');
        foreach (var part in parts.Skip(1))
        {
            if (!IsWord(part)) throw error($"token '{raw}': '{part}' is not a lower-case lemma (letters, digits, '-', '\\'', '_' for compounds)");
        }
        return (parts[0], parts.Length) switch
        {
            ("prt", 2) => new PatternToken(PatternSlot.Particle, null, parts[1]),
            ("obj", 1) => new PatternToken(PatternSlot.Object, null, null),
            ("obj", 2) => new PatternToken(PatternSlot.Object, null, parts[1]),
            ("subj", 2) => new PatternToken(PatternSlot.Subject, null, parts[1]),
            ("mod", 2) => new PatternToken(PatternSlot.Modifier, null, parts[1]),
            ("prep", 2) => new PatternToken(PatternSlot.Preposition, parts[1], null),
            ("prep", 3) => new PatternToken(PatternSlot.Preposition, parts[1], parts[2]),
            ("xcomp", 1) => new PatternToken(PatternSlot.Xcomp, null, null),
            ("xcomp", 2) => new PatternToken(PatternSlot.Xcomp, null, parts[1]),
            ("prt" or "obj" or "subj" or "mod" or "prep" or "xcomp", _) =>
                throw error($"token '{raw}' has the wrong number of ':' parts; known tokens: {Known}"),
            _ => throw error($"unknown token '{raw}'; known tokens: {Known}"),
        };
    }

    /// <summary>A lemma as the lexicon writes it: lower-case letters and digits, with '-', '\'' or '_' inside.</summary>
    private static bool IsWord(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || !char.IsLetterOrDigit(value[0]) || !char.IsLetterOrDigit(value[^1])) return false;
        foreach (var c in value)
        {
            if (!(char.IsLower(c) || char.IsDigit(c) || c is '-' or '\'' or '_')) return false;
        }
        return true;
    }
}
