namespace Brink.Cli.Commands.Bench;

/// <summary>
/// How the speed of single passes spread over a measurement. On a shared machine the host's load moves it by a third
/// from minute to minute, so the overall figure is read against the slowest, median and fastest pass.
/// </summary>
internal sealed record PassSpread(int Passes, double Slowest, double Median, double Fastest)
{
    public static PassSpread Of(IReadOnlyList<double> rates)
    {
        if (rates.Count == 0) return new PassSpread(0, 0, 0, 0);
        var sorted = rates.Order().ToArray();
        return new PassSpread(sorted.Length, sorted[0], sorted[sorted.Length / 2], sorted[^1]);
    }
}
