using System.ComponentModel;
using System.Diagnostics;
using Brink.Analysis;
using Brink.Cli.Commands.Store;
using Brink.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Bench;

/// <summary>`brink bench store`: fills a store with synthetic events through the normal write path (in date order, as news arrives), then times dyad queries.</summary>
internal sealed class BenchStoreCommand(IAnsiConsole console) : Command<BenchStoreCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--events <N>")][Description("Synthetic events to add first (default 0: measure the store as it is)")] public int Events { get; init; }
        [CommandOption("--queries <N>")][Description("Dyad queries to time (default 30)")] public int Queries { get; init; } = 30;
        [CommandOption("--seed <N>")][Description("Seed of the synthetic events (default 1; offset by the articles already stored)")] public int Seed { get; init; } = 1;
        [CommandOption("--days <N>")][Description("Days each timed dyad query covers, ending on the dyad's last day (default 365)")] public int Days { get; init; } = 365;
        [CommandOption("--random-dates")][Description("Date synthetic articles anywhere in three years instead of in arrival order (the merge's worst case)")] public bool Random { get; init; }
    }

    public override int Execute(CommandContext context, Settings s, CancellationToken cancellationToken)
    {
        using var store = StoreRules.Open(s.Db);
        if (s.Events > 0)
        {
            var clock = Stopwatch.StartNew();
            long written = 0;
            foreach (var batch in new SyntheticEvents(seed: s.Seed + (int)store.Counts().Articles).Batches(s.Events, s.Random))
            {
                written += store.Write(batch).Reports;
                if (written % 100_000 < 5000) console.WriteLine($"  {written} events written, {written / clock.Elapsed.TotalSeconds:F0}/s");
            }
            console.WriteLine($"Wrote {written} events in {clock.Elapsed.TotalSeconds:F1} s ({written / clock.Elapsed.TotalSeconds:F0} events/s) to {store.Backend} {store.Display}");
        }
        if (store.StaleEventCount() is > 0 and var stale)
        {
            var clock = Stopwatch.StartNew();
            StoreRules.RefreshDayTable(store);
            console.WriteLine($"Day table filled for {stale} stale events (a store just migrated) in {clock.Elapsed.TotalSeconds:F1} s");
        }
        var counts = store.Counts();
        console.WriteLine($"Store: {counts.Articles} articles, {counts.Reports} reports, {counts.Events} events, {counts.Dyads} dyad rows");
        var dyads = store.Dyads(50);
        if (dyads.Count == 0) throw new CliException("The store has no dyads to query; add --events N.");
        // The same queries both ways: from the day table (brink dyad, the web's series) and from every report, as before it.
        foreach (var fromReports in new[] { false, true })
        {
            var times = new List<double>();
            int events = 0;
            for (int i = 0; i < s.Queries; i++)
            {
                var d = dyads[i % dyads.Count];
                var clock = Stopwatch.StartNew();
                var series = fromReports
                    ? DyadSeries.LoadFromReports(store, d.Actor, d.Recipient, d.Last.AddDays(-s.Days), d.Last)
                    : DyadSeries.Load(store, d.Actor, d.Recipient, d.Last.AddDays(-s.Days), d.Last);
                times.Add(clock.Elapsed.TotalMilliseconds);
                events += series.Days.Sum(x => x.Events);
            }
            times.Sort();
            console.WriteLine($"brink dyad query + analysis {(fromReports ? "from reports" : "from the day table")}, last {s.Days} days of the {dyads.Count} busiest dyads " +
                $"({events / s.Queries} events per query on average): median {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95)]:F1} ms, " +
                $"max {times[^1]:F1} ms ({s.Queries} queries, first one included)");
        }
        return 0;
    }
}
