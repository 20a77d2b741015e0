namespace Brink.Coding.Lexicon;

/// <summary>One pattern token: slot, preposition (+prep), required lemma or null; "_" joins a compound (last part is the head).</summary>
internal sealed record PatternToken(PatternSlot Slot, string? Preposition, string? Lemma)
{
    /// <summary>The lemma split at underscores ("martial_law" -> martial, law); empty when no lemma is required.</summary>
    public IReadOnlyList<string> LemmaParts => Lemma?.Split('_') ?? [];

    /// <summary>The token in the lexicon's notation, e.g. "+prep:for:release".</summary>
    public override string ToString() => Slot switch
    {
        PatternSlot.Preposition => Lemma is null ? $"+prep:{Preposition}" : $"+prep:{Preposition}:{Lemma}",
        PatternSlot.Xcomp => Lemma is null ? "+xcomp" : $"+xcomp:{Lemma}",
        PatternSlot.Object when Lemma is null => "+obj",
        _ => $"+{TriggerPatternParser.SlotName(Slot)}:{Lemma}",
    };
}
