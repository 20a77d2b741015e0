using Brink.Store.Schema;

namespace Brink.Store.Tests;

/// <summary>How a schema step is cut into statements.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void StatementsSplitAtSemicolonsButKeepFunctionBodiesWhole()
    {
        var step = "CREATE TABLE a (x INTEGER);\nCREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; PERFORM 2; END $$;\n  ;SELECT f()";
        Assert.Equal(["CREATE TABLE a (x INTEGER)", "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; PERFORM 2; END $$", "SELECT f()"],
            Migrations.Statements(step));
    }

    [Fact]
    public void TheMonthOfAReportIsItsYearAndMonthOrZeroWhenUndated()
    {
        Assert.Equal((202704, 0), (MonthPartitions.Month(new DateOnly(2027, 4, 30)), MonthPartitions.Month(null)));
    }
}
