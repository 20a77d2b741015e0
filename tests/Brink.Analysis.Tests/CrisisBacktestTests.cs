using Brink.Analysis;
using Brink.Store;
using Microsoft.Data.Sqlite;
using static Brink.Store.Tests.Reports;

namespace Brink.Analysis.Tests;

public sealed class CrisisBacktestTests : IDisposable
{
    private static readonly DateOnly D1 = new(2020, 3, 20);
    private static readonly DateOnly D3 = D1.AddDays(200);
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"brink-backtest-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" }) File.Delete(f);
    }

    private static Crisis Onset(DateOnly day, string a, string b) => new(day, a, b, CrisisKind.Escalation, $"{a}-{b} {day}", "test");

    [Fact]
    public void A_hand_made_store_scores_its_known_alerts()
    {
        // A quiet dyad with single strikes (weight 8.1 each, z = 4 on a quiet baseline: each alerts, and only on its own day):
        // 5 days before the first onset (a hit, lead 5), 100 days after it (outside every window: a false alarm), and 2 days
        // after the third onset, listed with its sides the other way round (a hit, lead -2). The second crisis's dyad has no events.
        using (var store = StoreRules.Open(_db))
            store.Write([
                Article("Strike one.", D1.AddDays(-5), "Wire", Event("e1", "ASSAULT", "VEN", "GUY", D1.AddDays(-5))),
                Article("Strike two.", D1.AddDays(100), "Wire", Event("e2", "ASSAULT", "VEN", "GUY", D1.AddDays(100))),
                Article("Strike three.", D3.AddDays(2), "Wire", Event("e3", "ASSAULT", "VEN", "GUY", D3.AddDays(2))),
            ]);
        Crisis[] crises = [Onset(D1, "VEN", "GUY"), Onset(D1.AddDays(50), "BRA", "COL"), Onset(D3, "GUY", "VEN")];
        using var reader = StoreRules.Open(_db, new StoreOptions { ReadOnly = true });
        var report = CrisisBacktest.Run(reader, crises, D1.AddDays(-30), D3.AddDays(30));

        var brink = report.Brink;
        Assert.Equal([true, false, true], brink.Crises.Select(o => o.Hit));
        Assert.Equal([5, null, -2], brink.Crises.Select(o => o.LeadDays));
        Assert.Equal(2.0 / 3, brink.HitRate, 6);
        Assert.Equal(1.5, brink.MedianLeadDays);
        // One pair has events; it was active from the first strike to the last: 208 days.
        Assert.Equal(1, report.BusiestDyads);
        Assert.Equal(208 / 365.25, report.DyadYears, 6);
        Assert.Equal(1 / (208 / 365.25), brink.FalseAlarmsPerDyadYear, 6);
        // One event a day after nothing is a count spike of z = 1 (sigma floored at 1): below the threshold, no alarm at all.
        var count = report.Scores.Single(s => s.Detector == Detector.EventCount);
        Assert.Equal(0, count.HitRate);
        Assert.Contains(count.Curve, p => p.Threshold <= 1 && p.HitRate > 0);
    }

    [Fact]
    public void Min_history_keeps_a_dyad_s_first_events_from_alerting()
    {
        // Strikes 6 and 5 days before onset: each alerts as shipped (lead 6); the first has no event in its baseline, so with
        // --min-history 1 only the second can, and does (the index is 14.5 against a baseline of one event day: z = 7).
        using (var store = StoreRules.Open(_db))
            store.Write([
                Article("Strike one.", D1.AddDays(-6), "Wire", Event("e1", "ASSAULT", "VEN", "GUY", D1.AddDays(-6))),
                Article("Strike two.", D1.AddDays(-5), "Wire", Event("e2", "ASSAULT", "VEN", "GUY", D1.AddDays(-5))),
            ]);
        using var reader = StoreRules.Open(_db, new StoreOptions { ReadOnly = true });
        Crisis[] crises = [Onset(D1, "VEN", "GUY")];
        Assert.Equal(6, CrisisBacktest.Run(reader, crises, D1.AddDays(-30), D1.AddDays(30)).Brink.Crises[0].LeadDays);
        Assert.Equal(5, CrisisBacktest.Run(reader, crises, D1.AddDays(-30), D1.AddDays(30), minHistory: 1).Brink.Crises[0].LeadDays);
        Assert.False(CrisisBacktest.Run(reader, crises, D1.AddDays(-30), D1.AddDays(30), minHistory: 2).Brink.Crises[0].Hit);
    }

    [Fact]
    public void The_cooperation_factor_scales_only_cooperative_events()
    {
        // Aid 3 days before onset (weight -9: a de-escalation alert, z = -4.5) and, on another pair, a strike (weight 8.1, z = 4).
        using (var store = StoreRules.Open(_db))
            store.Write([
                Article("Aid.", D1.AddDays(-3), "Wire", Event("c1", "AID", "VEN", "GUY", D1.AddDays(-3), score: 10)),
                Article("Strike.", D1.AddDays(-3), "Wire", Event("s1", "ASSAULT", "BRA", "COL", D1.AddDays(-3))),
            ]);
        using var reader = StoreRules.Open(_db, new StoreOptions { ReadOnly = true });
        Crisis[] crises = [Onset(D1, "VEN", "GUY"), Onset(D1, "BRA", "COL")];
        Assert.Equal([true, true], CrisisBacktest.Run(reader, crises, D1.AddDays(-30), D1.AddDays(30)).Brink.Crises.Select(o => o.Hit));
        // Cooperation ignored: the aid no longer moves the index; the strike alerts as before.
        Assert.Equal([false, true], CrisisBacktest.Run(reader, crises, D1.AddDays(-30), D1.AddDays(30), cooperation: 0).Brink.Crises.Select(o => o.Hit));
    }

    [Fact]
    public void The_scorer_counts_a_run_of_alarm_days_once_and_forgives_runs_that_start_in_a_window()
    {
        var crisis = Onset(D1, "AAA", "BBB");
        var scorer = new BacktestScorer([crisis], [crisis], [("AAA", "BBB")], dyadYears: 2);
        var days = new SortedDictionary<DateOnly, double>
        {
            // A run starting 2 days after onset (inside the window) and leaving it: no false alarm; its first day is a hit.
            [D1.AddDays(2)] = 4, [D1.AddDays(3)] = 4, [D1.AddDays(4)] = 4,
            // A three-day run outside: one false alarm. A weak day elsewhere: an alarm only at a low threshold.
            [D1.AddDays(40)] = 5, [D1.AddDays(41)] = 5, [D1.AddDays(42)] = 5,
            [D1.AddDays(90)] = 2,
        };
        var candidates = new Dictionary<(string, string), SortedDictionary<DateOnly, double>> { [("AAA", "BBB")] = days };

        var at3 = scorer.Score(candidates, 3);
        Assert.True(at3.Outcomes[0].Hit);
        Assert.Equal(-2, at3.Outcomes[0].LeadDays);
        Assert.Equal(0.5, at3.FalseAlarmsPerDyadYear);
        Assert.Equal(1.0, scorer.Score(candidates, 1.5).FalseAlarmsPerDyadYear);
        var at6 = scorer.Score(candidates, 6);
        Assert.False(at6.Outcomes[0].Hit);
        Assert.Equal(0, at6.FalseAlarmsPerDyadYear);
    }
}
