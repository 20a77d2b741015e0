namespace Brink.Text;

/// <summary>The lemma rules a lemmatizer can emit, by id.</summary>
public sealed class LemmaRuleTable
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

    internal IEnumerable<string> Serialize() => _rules.Select(r => r.ToString());

    internal static LemmaRuleTable Deserialize(IEnumerable<string> lines)
    {
        var t = new LemmaRuleTable();
        foreach (var l in lines) t.Add(LemmaRule.Parse(l));
        return t;
    }
}
