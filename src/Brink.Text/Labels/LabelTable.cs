namespace Brink.Text;

/// <summary>A closed set of label names with dense integer ids (tags, relations, entity tags).</summary>
internal sealed class LabelTable
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>Creates a table holding <paramref name="names"/> in order.</summary>
    public LabelTable(IEnumerable<string>? names = null)
    {
        if (names is null) return;
        foreach (var n in names) Add(n);
    }

    /// <summary>Number of labels.</summary>
    public int Count => _names.Count;

    /// <summary>All label names in id order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Id of <paramref name="name"/>, adding it when new.</summary>
    public int Add(string name)
    {
        if (_ids.TryGetValue(name, out int id)) return id;
        id = _names.Count;
        _names.Add(name);
        _ids.Add(name, id);
        return id;
    }

    /// <summary>Id of <paramref name="name"/>, or -1 when unknown.</summary>
    public int Id(string name) => _ids.TryGetValue(name, out int id) ? id : -1;

    private ulong[] _hashes = [];

    /// <summary>A stable hash of label <paramref name="id"/>'s name, so models do not depend on id order.</summary>
    internal ulong HashOf(int id)
    {
        if (_hashes.Length != _names.Count)
        {
            var h = new ulong[_names.Count];
            for (int i = 0; i < h.Length; i++) h[i] = Learning.FeatureHash.OfString(_names[i]);
            _hashes = h;
        }
        return (uint)id < (uint)_hashes.Length ? _hashes[id] : 0x5F5FUL;
    }

    /// <summary>Name of <paramref name="id"/>, or "_" when out of range.</summary>
    public string Name(int id) => (uint)id < (uint)_names.Count ? _names[id] : "_";
}
