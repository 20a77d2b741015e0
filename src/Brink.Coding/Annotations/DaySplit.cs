namespace Brink.Coding.Annotations;

/// <summary>
/// Assigns each day to one split from a seeded hash of the day alone, so no day is ever in two splits, a row's
/// split does not depend on which other rows were annotated, and rows added later on a known day join its split.
/// </summary>
public static class DaySplit
{
    public static AnnotationSplit Of(DateOnly day, int seed, double train = 0.70, double dev = 0.15)
    {
        double u = Uniform((ulong)(uint)seed << 32 | (uint)day.DayNumber);
        return u < train ? AnnotationSplit.Train : u < train + dev ? AnnotationSplit.Dev : AnnotationSplit.Test;
    }

    /// <summary>SplitMix64 of the key, as a number in [0, 1): a fixed function, the same on every machine and runtime.</summary>
    private static double Uniform(ulong key)
    {
        ulong z = key + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
