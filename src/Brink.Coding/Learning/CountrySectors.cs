namespace Brink.Coding.Learning;

/// <summary>
/// Which arm of a state a bare country stands for, by event type and role, as the annotations decide: "Russia
/// attacked" and "Israeli strikes" are coded as the military (52 of 55 such ASSAULT actors in the train split), "Iran
/// condemned" as the government. Learned as the majority sector per (type, role) with enough support; GOV otherwise.
/// </summary>
internal sealed class CountrySectors
{
    /// <summary>The fewest annotated bare-country mentions of a (type, role) that may set its sector, and the share the majority needs.</summary>
    private const int MinSupport = 5;
    private const double MinShare = 0.6;

    private readonly Dictionary<(string Type, ArgumentRole Role), string> _sectors;

    public CountrySectors(Dictionary<(string Type, ArgumentRole Role), string> sectors) => _sectors = sectors;

    public IReadOnlyDictionary<(string Type, ArgumentRole Role), string> Sectors => _sectors;

    /// <summary>The sector a bare country as <paramref name="role"/> of a <paramref name="type"/> event takes, or null for its government.</summary>
    public string? For(string type, ArgumentRole role) => _sectors.GetValueOrDefault((type, role));

    public static CountrySectors Learn(IEnumerable<(string Type, ArgumentRole Role, string Sector)> seen)
    {
        var table = new Dictionary<(string, ArgumentRole), string>();
        foreach (var g in seen.GroupBy(x => (x.Type, x.Role)))
        {
            var best = g.GroupBy(x => x.Sector).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First();
            if (g.Count() >= MinSupport && best.Count() >= MinShare * g.Count() && best.Key != "GOV") table[g.Key] = best.Key;
        }
        return new CountrySectors(table);
    }

    public void Write(BinaryWriter w)
    {
        w.Write7BitEncodedInt(_sectors.Count);
        foreach (var ((type, role), sector) in _sectors.OrderBy(k => k.Key.Type, StringComparer.Ordinal).ThenBy(k => k.Key.Role))
        {
            w.Write(type);
            w.Write((byte)role);
            w.Write(sector);
        }
    }

    public static CountrySectors Read(BinaryReader r)
    {
        int n = r.Read7BitEncodedInt();
        var table = new Dictionary<(string, ArgumentRole), string>(n);
        for (int k = 0; k < n; k++) table[(r.ReadString(), (ArgumentRole)r.ReadByte())] = r.ReadString();
        return new CountrySectors(table);
    }
}
