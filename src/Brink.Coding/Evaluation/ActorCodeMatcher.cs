using Brink.Coding.Actors;
using Brink.Coding.Annotations;

namespace Brink.Coding.Evaluation;

/// <summary>
/// Whether a coded actor is the annotated one: an organisation code matches the same code, or the organisation's
/// home country and sector; "CCC/SEC" matches that country and sector, a "?" part matching anything.
/// </summary>
internal sealed class ActorCodeMatcher(Func<string, Actor?> organization)
{
    public bool Matches(ActorCode gold, ActorMention p)
    {
        if (gold.Organization is { } org)
        {
            if (string.Equals(org, p.Code, StringComparison.Ordinal)) return true;
            return organization(org) is { Country: { } home } o && p.Country == home && p.Sector == o.Sector;
        }
        return (gold.Country is null || gold.Country == p.Country) && (gold.Sector is null || gold.Sector == p.Sector);
    }

    /// <summary>The two lists name the same entities: equal counts and a one-to-one pairing of matches.</summary>
    public bool SameEntities(IReadOnlyList<ActorCode> gold, IReadOnlyList<ActorMention> predicted)
    {
        if (gold.Count != predicted.Count) return false;
        var used = new bool[predicted.Count];
        foreach (var g in gold)
        {
            int j = Enumerable.Range(0, predicted.Count).FirstOrDefault(j => !used[j] && Matches(g, predicted[j]), -1);
            if (j < 0) return false;
            used[j] = true;
        }
        return true;
    }

    /// <summary>Is any actor of the list resolved to a country or an organisation?</summary>
    public static bool AnyResolved(IReadOnlyList<ActorMention> actors) => actors.Any(a => a.Country is not null || a.Code is not null);
}
