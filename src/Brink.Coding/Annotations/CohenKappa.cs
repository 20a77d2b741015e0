namespace Brink.Coding.Annotations;

/// <summary>Cohen's kappa of two raters' labels on the same items: agreement beyond what their label shares give by chance.</summary>
internal static class CohenKappa
{
    /// <summary>Kappa of the pairs (rater one's label, rater two's label); 1 when both always agree, NaN for no items.</summary>
    public static double Of(IReadOnlyList<(string A, string B)> pairs)
    {
        if (pairs.Count == 0) return double.NaN;
        double n = pairs.Count;
        double observed = pairs.Count(p => p.A == p.B) / n;
        var a = pairs.GroupBy(p => p.A).ToDictionary(g => g.Key, g => g.Count() / n);
        var b = pairs.GroupBy(p => p.B).ToDictionary(g => g.Key, g => g.Count() / n);
        double expected = a.Sum(kv => kv.Value * b.GetValueOrDefault(kv.Key));
        return expected >= 1 ? 1 : (observed - expected) / (1 - expected);
    }
}
