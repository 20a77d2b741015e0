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
        [CommandOption("--seed <N>")] public int Seed { get; init; } = 1;
        [CommandOption("--days <N>")][Description("Days each timed dyad query covers, ending on the dyad's last day (default 365)")] public int Days { get; init; } = 365;
        [CommandOption("--random-dates")][Description("Date synthetic articles anywhere in three years instead of in arrival order (the merge's worst case)")] public bool Random { get; init; }
    }

    public override int Execute(CommandContext context, Settings s, CancellationToken cancellationToken)
    {
        using var store = EventStore.Open(s.Db, new ReportMerger());
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
        var counts = store.Counts();
        console.WriteLine($"Store: {counts.Articles} articles, {counts.Reports} reports, {counts.Events} events, {counts.Dyads} dyad rows");
        var dyads = store.Dyads(50);
        if (dyads.Count == 0) throw new CliException("The store has no dyads to query; add --events N.");
        var times = new List<double>();
        double queryMs = 0;
        int events = 0;
        for (int i = 0; i < s.Queries; i++)
        {
            var d = dyads[i % dyads.Count];
            var clock = Stopwatch.StartNew();
            var reports = store.DyadReports(d.Actor, d.Recipient, d.Last.AddDays(-s.Days - 42), d.Last);
            queryMs += clock.Elapsed.TotalMilliseconds;
            var series = DyadSeries.Build(d.Actor, d.Recipient, reports, d.Last.AddDays(-s.Days), d.Last, new EscalationSettings());
            times.Add(clock.Elapsed.TotalMilliseconds);
            events += series.Events.Count;
        }
        times.Sort();
        console.WriteLine($"brink dyad query + analysis, last {s.Days} days of the {dyads.Count} busiest dyads ({events / s.Queries} events per query on average): " +
            $"median {times[times.Count / 2]:F0} ms, p95 {times[(int)(times.Count * 0.95)]:F0} ms, max {times[^1]:F0} ms " +
            $"({s.Queries} queries, first one included; reading {queryMs / s.Queries:F0} ms on average)");
        return 0;
    }
}
