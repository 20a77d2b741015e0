namespace Brink.Text;

/// <summary>The lemma rules a lemmatizer can emit, by id.</summary>
internal sealed class LemmaRuleTable
{
    private readonly List<LemmaRule> _rules = [];
    private readonly Dictionary<LemmaRule, int> _ids = [];

    /// <summary>Number of rules.</summary>
    public int Count => _rules.Count;

    internal int Add(LemmaRule rule)
    {
        if (_ids.TryGetValue(rule, out int id)) return id;
        id = _rules.Count;
        _rules.Add(rule);
        _ids.Add(rule, id);
        return id;
    }

    internal LemmaRule this[int id] => _rules[id];

    internal bool Fits(int id, ReadOnlySpan<char> form) => (uint)id < (uint)_rules.Count && _rules[id].Fits(form);

    /// <summary>The lemma of <paramref name="form"/> under rule <paramref name="id"/>; the form itself for an unknown id.</summary>
    public string Apply(int id, ReadOnlySpan<char> form) =>
        (uint)id < (uint)_rules.Count ? _rules[id].Apply(form) : form.ToString();

    /// <summary>Lowercased hash of the lemma rule <paramref name="id"/> gives <paramref name="form"/>, without building the string.</summary>
    internal ulong LowerHash(int id, ReadOnlySpan<char> form)
    {
        if ((uint)id >= (uint)_rules.Count || form.Length > 120) return Learning.FeatureHash.OfLower(form);
        Span<char> buf = stackalloc char[form.Length + 64];
        int n = _rules[id].WriteTo(form, buf);
        return n < 0 ? Learning.FeatureHash.OfLower(form) : Learning.FeatureHash.OfLower(buf[..n]);
    }

    internal IEnumerable<string> Serialize() => _rules.Select(r => r.ToString());

    internal static LemmaRuleTable Deserialize(IEnumerable<string> lines)
    {
        var t = new LemmaRuleTable();
        foreach (var l in lines) t.Add(LemmaRule.Parse(l));
        return t;
    }
}
