using Brink.Coding;

namespace Brink.Store.Writing;

/// <summary>How actors identify a merge group and which dyads an event belongs to.</summary>
internal static class ActorKeys
{
    /// <summary>
    /// Sorted, distinct actor identities joined by '+'; "-" when none. An identity is a group's own code
    /// (HAMAS), else the country (reports of "Venezuela" and "Venezuelan forces" are one side), else the
    /// code, else the lower-cased name.
    /// </summary>
    public static string Of(IReadOnlyList<ActorMention> actors)
    {
        if (actors.Count == 0) return "-";
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var a in actors) ids.Add(IsGroup(a) ? a.Code! : a.Country ?? a.Code ?? "~" + (a.Name ?? a.Text).ToLowerInvariant());
        return string.Join('+', ids);
    }

    private static bool IsGroup(ActorMention a) => a.Code is { } code && a.Country is not null && code != a.Country && code != a.Country + a.Sector;

    /// <summary>
    /// The dyad parties an actor stands for: its country, and also its own code when that names a group
    /// rather than a country's sector (HAMAS stands for both PSE and HAMAS; USAGOV only for USA).
    /// </summary>
    public static IEnumerable<string> Parties(ActorMention a)
    {
        if (a.Country is { } c) yield return c;
        if (IsGroup(a)) yield return a.Code!;
    }
}
