namespace Brink.Coding.Syntax;

/// <summary>
/// The subject of a sentence left unparsed (names but no event word, "Soleimani was head of Iran's Quds Force."): a name
/// before any verb, auxiliary or preposition, with a verb after it. Later pronouns prefer subjects, so the coder marks it.
/// </summary>
internal static class ShallowSubject
{
    /// <summary>Marks the subject name's head word as "nsubj" in <paramref name="t"/> (a tree without arcs), if there is one.</summary>
    public static void Mark(SentenceTree t)
    {
        if (t.Entities.Count == 0) return;
        var e = t.Entities[0];
        for (int k = t.First; k < e.FirstToken; k++)
            if (t[k].Upos is "VERB" or "AUX" or "ADP") return;
        for (int k = e.EndToken; k < t.End; k++)
            if (t[k].Upos is "VERB" or "AUX")
            {
                t.Reattach(e.EndToken - 1, -1, "nsubj");
                return;
            }
    }
}
