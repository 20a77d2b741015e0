namespace Brink.Coding.Actors;

/// <summary>Which of several persons sharing a name a mention means on a date (hand-written and derived tables alike).</summary>
internal static class PersonChooser
{
    /// <summary>Among the readings of <paramref name="source"/>: in office beats former beats future; among former holders the most recent; else the first listed.</summary>
    public static PersonRecord Choose(NameTarget[] candidates, NameSource source, DateOnly date, List<PersonRecord> persons)
    {
        PersonRecord? best = null;
        int bestTier = int.MaxValue;
        var bestEnd = DateOnly.MinValue;
        foreach (var candidate in candidates)
        {
            if (candidate.Source != source) continue;
            var person = persons[candidate.Index];
            int tier = person.Tier(date, out var lastEnd);
            if (tier < bestTier || (tier == 1 && tier == bestTier && lastEnd > bestEnd))
            {
                best = person;
                bestTier = tier;
                bestEnd = lastEnd;
            }
        }
        return best!;
    }
}
