using Brink.Store;

namespace Brink.Store.Tests;

/// <summary>A minimal merge rule for store tests: same group and same start day is one event.</summary>
internal sealed class SameDayRule : IMergeRule
{
    public int WindowDays => 0;
    public (DateOnly First, DateOnly Last)? DaysOf(ReportFacts report) => report.Start is { } d ? (d, d) : null;
    public IReadOnlyList<string> EventKeysOf(IReadOnlyList<ReportFacts> reports, IReadOnlyList<ReportFacts> neighbours) =>
        reports.Select(r => r.Start is { } d ? $"{d:yyyy-MM-dd}" : $"undated|{r.Id}").ToList();
}
