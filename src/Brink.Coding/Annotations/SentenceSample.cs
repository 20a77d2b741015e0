namespace Brink.Coding.Annotations;

/// <summary>
/// Draws an annotation sample stratified by year: each year gets its share of the rows (largest remainder),
/// drawn at random within the year, and the whole sample is shuffled so that any prefix is a fair sample too.
/// Nothing is filtered: rows with no political event stay at their natural share. Same rows and seed, same sample.
/// </summary>
public static class SentenceSample
{
    public static List<CurrentEventsRow> Draw(IReadOnlyList<CurrentEventsRow> rows, int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (count > rows.Count) throw new ArgumentException($"Cannot sample {count} rows from {rows.Count}.", nameof(count));
        var random = new Random(seed);
        var byYear = rows.GroupBy(r => r.Date.Year).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var quotas = Quotas(byYear.Select(g => g.Count).ToList(), count);
        var sample = new List<CurrentEventsRow>(count);
        for (int y = 0; y < byYear.Count; y++)
        {
            var year = byYear[y];
            PartialShuffle(year, quotas[y], random);
            sample.AddRange(year.Take(quotas[y]));
        }
        PartialShuffle(sample, sample.Count, random);
        return sample;
    }

    /// <summary>Each stratum's share of <paramref name="count"/>, rounded down, then the remainders by size (earlier strata first on ties).</summary>
    internal static int[] Quotas(IReadOnlyList<int> sizes, int count)
    {
        long total = sizes.Sum(s => (long)s);
        var quotas = new int[sizes.Count];
        var remainders = new double[sizes.Count];
        for (int i = 0; i < sizes.Count; i++)
        {
            double exact = (double)count * sizes[i] / total;
            quotas[i] = (int)Math.Floor(exact);
            remainders[i] = exact - quotas[i];
        }
        int left = count - quotas.Sum();
        foreach (int i in Enumerable.Range(0, sizes.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(left)) quotas[i]++;
        return quotas;
    }

    /// <summary>Fisher-Yates on the first <paramref name="k"/> places: they end up a uniform random draw from the list.</summary>
    private static void PartialShuffle<T>(List<T> list, int k, Random random)
    {
        for (int i = 0; i < k; i++)
        {
            int j = random.Next(i, list.Count);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
