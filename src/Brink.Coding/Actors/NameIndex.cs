namespace Brink.Coding.Actors;

/// <summary>
/// Names -> values, looked up by span with no allocation. An exact (case-sensitive) match wins;
/// otherwise a mention that has a capital letter may match a key ignoring case ("IRAN" in a
/// headline), but only keys that are not all capitals (see <see cref="NameKey.AllowsCaseFolding"/>).
/// Plain dictionaries, not frozen ones: freezing a few thousand keys costs more load time than it saves.
/// T is a reference type so the framework's precompiled generic code is shared and loading JITs less.
/// </summary>
internal sealed class NameIndex<T>
    where T : class
{
    private readonly Dictionary<string, T[]>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly Dictionary<string, T[]>.AlternateLookup<ReadOnlySpan<char>> _folded;

    /// <summary>Builds from (already normalised key, value) pairs; a key's values keep the order given.</summary>
    /// <paramref name="sameTarget"/> drops a later value for a target the key already has (a name that is also an alias).
    public NameIndex(IEnumerable<(string Key, T Value)> entries, Func<T, T, bool> sameTarget)
    {
        var exact = new Dictionary<string, T[]>(StringComparer.Ordinal);
        var folded = new Dictionary<string, T[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entries)
        {
            if (key.Length == 0) continue;
            Add(exact, key, value, sameTarget);
            if (NameKey.AllowsCaseFolding(key)) Add(folded, key, value, sameTarget);
        }
        _exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _folded = folded.GetAlternateLookup<ReadOnlySpan<char>>();
        Keys = [.. exact.Keys];
    }

    /// <summary>Every exact key (for diagnostics).</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Values for a normalised mention, best first, or an empty array.</summary>
    public T[] Find(ReadOnlySpan<char> key)
    {
        if (_exact.TryGetValue(key, out var values)) return values;
        if (NameKey.HasUpper(key) && _folded.TryGetValue(key, out values)) return values;
        return [];
    }

    /// <summary>Normalises a raw mention, then looks it up.</summary>
    public T[] FindRaw(ReadOnlySpan<char> mention)
    {
        Span<char> buffer = mention.Length <= NameKey.StackLimit ? stackalloc char[NameKey.StackLimit] : new char[mention.Length];
        return Find(buffer[..NameKey.Normalize(mention, buffer)]);
    }

    /// <summary>Arrays grown in place: most keys have one value, so no list per key and no copy at the end (the derived tables add 30,000 keys).</summary>
    private static void Add(Dictionary<string, T[]> map, string key, T value, Func<T, T, bool> sameTarget)
    {
        ref var values = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(map, key, out bool exists);
        if (!exists)
        {
            values = [value];
            return;
        }
        foreach (var existing in values!)
        {
            if (sameTarget(existing, value)) return;
        }
        values = [.. values, value];
    }
}
