namespace Brink.Coding.Lexicon;

/// <summary>The dependents a trigger reading requires (data/lexicon/README.md, "Pattern notation"); empty = the lemma alone.</summary>
internal sealed record TriggerPattern(IReadOnlyList<PatternToken> Tokens)
{
    /// <summary>The pattern with no tokens.</summary>
    public static TriggerPattern Empty { get; } = new([]);

    /// <summary>Number of tokens.</summary>
    public int Count => Tokens.Count;

    /// <summary>
    /// How much the pattern says: the matcher prefers the row that satisfies most. A bare "+obj" only rules out
    /// object-less uses, so a row with it is as weak (and as ambiguous) as the lemma alone.
    /// </summary>
    public int Specificity => Tokens.Count(t => t.Slot != PatternSlot.Object || t.Lemma is not null);

    /// <summary>How many of its tokens name a word ("+xcomp:crush" one, "+xcomp" none): between rows of equal specificity, the one naming more words fits better.</summary>
    public int NamedWords => Tokens.Count(t => t.Lemma is not null);

    /// <summary>Required phrasal particle (+prt:X), or null.</summary>
    public string? Particle => Single(PatternSlot.Particle)?.Lemma;

    /// <summary>Required direct-object lemma (+obj:X), or null.</summary>
    public string? Object => Single(PatternSlot.Object)?.Lemma;

    /// <summary>Required subject lemma (+subj:X), or null.</summary>
    public string? Subject => Single(PatternSlot.Subject)?.Lemma;

    /// <summary>True if an action complement is required (+xcomp or +xcomp:V).</summary>
    public bool RequiresXcomp => Single(PatternSlot.Xcomp) is not null;

    /// <summary>Required complement verb (+xcomp:V), or null.</summary>
    public string? XcompVerb => Single(PatternSlot.Xcomp)?.Lemma;

    /// <summary>Prepositional requirements (+prep:P and +prep:P:X) in pattern order.</summary>
    public IReadOnlyList<PatternToken> Prepositions { get; } = Tokens.Where(t => t.Slot == PatternSlot.Preposition).ToArray();

    /// <summary>Required modifier lemmas (+mod:X) in pattern order.</summary>
    public IReadOnlyList<string> Modifiers { get; } = Tokens.Where(t => t.Slot == PatternSlot.Modifier).Select(t => t.Lemma!).ToArray();

    /// <summary>The pattern in the lexicon's notation.</summary>
    public override string ToString() => string.Join(' ', Tokens);

    /// <summary>Patterns are equal when their tokens are, in order.</summary>
    public bool Equals(TriggerPattern? other) => other is not null && Tokens.SequenceEqual(other.Tokens);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    private PatternToken? Single(PatternSlot slot)
    {
        foreach (var token in Tokens)
        {
            if (token.Slot == slot) return token;
        }
        return null;
    }
}
