namespace Brink.Text.Tagging;

/// <summary>
/// WordNet's detachment rules for regular inflections ("morphy"), plus consonant undoubling, as
/// lemma rules: tried only when none of the learned suffix rules gives a lemma WordNet knows, so
/// "blockaded" becomes blockade and "rammed" ram where the treebank's most frequent "-ed" rule fails.
/// </summary>
internal sealed class Detachments
{
    private readonly (int Pos, string Ending, int Rule)[] _rules;

    public Detachments(LemmaRuleTable table)
    {
        var rules = new List<(int, string, int)>();
        void Add(int pos, string ending, string replacement) =>
            rules.Add((pos, ending, table.Add(new LemmaRule((byte)ending.Length, replacement, true))));
        foreach (var (ending, replacement) in new[] { ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"), ("s", "") })
            Add(WordNetLexicon.Noun, ending, replacement);
        foreach (var (ending, replacement) in new[] { ("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "") })
            Add(WordNetLexicon.Verb, ending, replacement);
        foreach (char c in "bdgklmnprtvz")
        {
            Add(WordNetLexicon.Verb, $"{c}{c}ed", c.ToString());
            Add(WordNetLexicon.Verb, $"{c}{c}ing", c.ToString());
        }
        foreach (var (ending, replacement) in new[] { ("er", ""), ("est", ""), ("er", "e"), ("est", "e") })
            Add(WordNetLexicon.Adj, ending, replacement);
        _rules = rules.ToArray();
    }

    /// <summary>The first rule for <paramref name="pos"/> whose ending <paramref name="form"/> has and whose lemma WordNet knows; -1 if none.</summary>
    public int Find(ReadOnlySpan<char> form, int pos, LemmaRuleTable table, WordNetLexicon lexicon)
    {
        foreach (var (p, ending, rule) in _rules)
        {
            // Two letters of stem at least: "bed" is not a form of "b".
            if (p != pos || form.Length < ending.Length + 2 || !form.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) continue;
            if (lexicon.Knows(table.LowerHash(rule, form), pos)) return rule;
        }
        return -1;
    }
}
