using Brink.Store;

namespace Brink.Store.Tests;

/// <summary>A minimal merge rule for store tests: same group and same start day is one event.</summary>
internal sealed class SameDayRule : IMergeRule
{
    public int WindowDays => 0;
    public bool IsAffectedBy(ReportFacts report, DateOnly day) => report.Start == day;
    public IReadOnlyList<string> EventKeysOf(IReadOnlyList<ReportFacts> reports, IReadOnlyList<ReportFacts> neighbours) =>
        reports.Select(r => $"{r.Start:yyyy-MM-dd}").ToList();
}
