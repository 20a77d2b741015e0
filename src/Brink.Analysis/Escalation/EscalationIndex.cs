namespace Brink.Analysis;

/// <summary>
/// The escalation index and its control chart over a run of days: each day's weight decays over the window, and a day alerts
/// when its index stands AlertZ standard deviations and MinMove points away from the mean of the previous BaselineDays days.
/// The dyad series and the backtest (which also runs it on raw counts, as a baseline) share it.
/// </summary>
internal static class EscalationIndex
{
    /// <summary>The index of every day from its day weights (index 0 is the first day of history).</summary>
    public static double[] Of(IReadOnlyList<double> weight, EscalationSettings s)
    {
        var decay = new double[s.WindowDays];
        for (int k = 0; k < decay.Length; k++) decay[k] = Math.Pow(0.5, k / s.HalfLifeDays);
        var index = new double[weight.Count];
        for (int i = 0; i < index.Length; i++)
            for (int k = 0; k < s.WindowDays && k <= i; k++)
                index[i] += weight[i - k] * decay[k];
        return index;
    }

    /// <summary>
    /// The alert test: the day's index against the mean and standard deviation of the previous
    /// BaselineDays days (a one-day Shewhart control chart, sigma floored at MinSigma). A day without events never alerts.
    /// </summary>
    public static (double? Z, bool Alerts) Test(double[] index, int i, EscalationSettings s, bool hasEvents)
    {
        if (i < s.BaselineDays) return (null, false);
        var (mean, sigma) = Baseline(index, i, s);
        double z = (index[i] - mean) / sigma;
        return (z, Math.Abs(z) >= s.AlertZ && Math.Abs(index[i] - mean) >= s.MinMove && hasEvents);
    }

    /// <summary>The mean and (floored) standard deviation of the BaselineDays days before day <paramref name="i"/>.</summary>
    public static (double Mean, double Sigma) Baseline(double[] index, int i, EscalationSettings s)
    {
        double mean = 0, sq = 0;
        for (int k = i - s.BaselineDays; k < i; k++) mean += index[k];
        mean /= s.BaselineDays;
        for (int k = i - s.BaselineDays; k < i; k++) sq += (index[k] - mean) * (index[k] - mean);
        return (mean, Math.Max(Math.Sqrt(sq / (s.BaselineDays - 1)), s.MinSigma));
    }
}
