using Brink.Coding.Syntax;

namespace Brink.Coding.Learning;

/// <summary>
/// The words that may head an event's actor or recipient: names, nouns, pronouns and national adjectives
/// ("Israeli strikes"), not words inside a longer name (compound, flat) nor time expressions.
/// </summary>
internal static class ArgumentCandidates
{
    public static List<int> Of(SentenceTree t, int trigger)
    {
        var list = new List<int>();
        for (int a = t.First; a < t.End; a++)
        {
            if (a == trigger || t.IsTime(a)) continue;
            if (IsHead(t, a)) list.Add(a);
        }
        return list;
    }

    public static bool IsHead(SentenceTree t, int a)
    {
        string upos = t[a].Upos;
        bool nominal = upos is "PROPN" or "NOUN" or "PRON" or "NUM" || upos == "ADJ" && char.IsUpper(t[a].Text[0]);
        return nominal && t.Rel(a) is not ("compound" or "flat" or "fixed" or "goeswith");
    }
}
