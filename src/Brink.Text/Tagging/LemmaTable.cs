using Brink.Text.Learning;

namespace Brink.Text.Tagging;

/// <summary>
/// Lemmas as edit rules: an exact table for (word, UPOS) pairs seen in training, then the most
/// frequent rule for the word's UPOS and longest known suffix, then the word itself (lowercased
/// unless a proper noun).
/// </summary>
internal sealed class LemmaTable
{
    private const int MaxSuffix = 5;
    private readonly WordMap<int> _exact;
    private readonly WordMap<int> _bySuffix;
    private readonly LemmaRuleTable _rules;
    private readonly int _keep, _lower;
    private readonly Detachments _detachments;

    public LemmaTable(LemmaRuleTable rules, WordMap<int> exact, WordMap<int> bySuffix)
    {
        _rules = rules;
        _exact = exact;
        _bySuffix = bySuffix;
        _keep = rules.Add(new LemmaRule(0, "", false));
        _lower = rules.Add(new LemmaRule(0, "", true));
        _detachments = new Detachments(rules);
    }

    public LemmaRuleTable Rules => _rules;

    public static ulong ExactKey(ulong lower, int upos) => FeatureHash.Mix(101, lower, (ulong)upos);

    public static ulong SuffixKey(ReadOnlySpan<char> form, int k, int upos) => FeatureHash.Mix(102, FeatureHash.Suffix(form, k), (ulong)upos);

    /// <summary>
    /// The lemma rule for a word. An unseen word takes the rule of its longest known suffix whose lemma
    /// <paramref name="lexicon"/> knows with the part of speech <paramref name="wordNetPos"/> (0: any rule):
    /// the longest suffix alone turns "shelled" into "shel" (compelled, controlled) where "-ed" gives "shell".
    /// When no learned rule gives a known lemma, WordNet's own detachment rules are tried (<see cref="Detachments"/>).
    /// </summary>
    public int Lookup(ReadOnlySpan<char> form, ulong lower, int upos, bool properNoun, WordNetLexicon? lexicon = null, int wordNetPos = 0)
    {
        if (_exact.TryGetValue(ExactKey(lower, upos), out int id) && _rules.Fits(id, form)) return id;
        int first = -1;
        for (int k = Math.Min(MaxSuffix, form.Length - 1); k >= 1; k--)
        {
            if (!_bySuffix.TryGetValue(SuffixKey(form, k, upos), out id) || !_rules.Fits(id, form)) continue;
            if (wordNetPos == 0 || lexicon is null || lexicon.Knows(_rules.LowerHash(id, form), wordNetPos)) return id;
            if (first < 0) first = id;
        }
        if (wordNetPos != 0 && lexicon is not null && _detachments.Find(form, wordNetPos, _rules, lexicon) is var detached and >= 0) return detached;
        return first >= 0 ? first : properNoun ? _keep : _lower;
    }

    public void Write(BinaryWriter w)
    {
        w.WriteStrings(_rules.Serialize().ToList());
        w.Write(_exact);
        w.Write(_bySuffix);
    }

    public static LemmaTable Read(BinaryReader r)
    {
        var rules = LemmaRuleTable.Deserialize(r.ReadStrings());
        return new LemmaTable(rules, r.ReadIntMap(), r.ReadIntMap());
    }

    /// <summary>Builds the tables from (form, UPOS, lemma) triples, keeping the most frequent rule per key.</summary>
    public static LemmaTable Build(IEnumerable<(string Form, int Upos, string Lemma)> words)
    {
        var rules = new LemmaRuleTable();
        var exact = new MajorityMap();
        var suffix = new MajorityMap();
        foreach (var (form, upos, lemma) in words)
        {
            if (lemma == "_" || form.Length == 0) continue;
            int id = rules.Add(LemmaRule.Derive(form, lemma));
            exact.Count(ExactKey(FeatureHash.OfLower(form), upos), id);
            for (int k = 1; k <= Math.Min(MaxSuffix, form.Length - 1); k++) suffix.Count(SuffixKey(form, k, upos), id);
        }
        return new LemmaTable(rules, exact.Build(), suffix.Build(minCount: 2));
    }
}
