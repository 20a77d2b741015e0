using Brink.Store;

namespace Brink.Store.Tests;

/// <summary>A minimal merge rule for store tests: same group and same start day is one event.</summary>
internal sealed class SameDayRule : IMergeRule
{
    public int WindowDays => 0;
    public bool IsAffectedBy(ReportFacts report, DateOnly day) => report.Start == day;
    public string EventKeyOf(ReportFacts report, IReadOnlyList<ReportFacts> neighbours) => $"{report.Start:yyyy-MM-dd}";
}
