using Brink.Store;

namespace Brink.Analysis;

public sealed partial record DyadSeries
{
    /// <summary>A day's counts and sums, however they were read; <see cref="Top"/> is null when its events were not read.</summary>
    private sealed record DayFacts(int Events, IReadOnlyDictionary<string, int> Types, IReadOnlyDictionary<string, int> Quads, double ScoreSum, double Weight,
        List<DyadEvent>? Top);

    /// <summary>
    /// The index, z-scores and alerts over the range from per-day facts. <paramref name="eventsOf"/> reads the events of the days
    /// whose events are needed (the alert days), in day and key order, when <paramref name="facts"/> came without them.
    /// </summary>
    private static DyadSeries Assemble(string actor, string recipient, DateOnly? from, DateOnly? to, (DateOnly First, DateOnly Last)? eventDays,
        Dictionary<DateOnly, DayFacts> facts, EscalationSettings s, List<DyadEvent> events, Func<IReadOnlyList<DateOnly>, List<DyadEvent>>? eventsOf)
    {
        DateOnly first = from ?? eventDays?.First ?? DateOnly.FromDateTime(DateTime.UtcNow);
        DateOnly last = to ?? eventDays?.Last ?? first;
        if (last < first) (first, last) = (last, first);
        var start = first.AddDays(-History(s));
        int n = last.DayNumber - start.DayNumber + 1;
        var weight = new double[n];
        for (int i = 0; i < n; i++) weight[i] = facts.GetValueOrDefault(start.AddDays(i))?.Weight ?? 0;
        var index = EscalationIndex.Of(weight, s);
        int from0 = first.DayNumber - start.DayNumber;
        var z = new (double? Z, bool Alerts)[n];
        for (int i = from0; i < n; i++) z[i] = EscalationIndex.Test(index, i, s, facts.GetValueOrDefault(start.AddDays(i))?.Events > 0);
        var read = new List<DyadEvent>();
        if (eventsOf is not null)
        {
            var alertDays = Enumerable.Range(from0, n - from0).Where(i => z[i].Alerts).Select(i => start.AddDays(i)).ToList();
            read = alertDays.Count == 0 ? [] : eventsOf(alertDays);
            foreach (var g in read.GroupBy(e => e.Day))
                if (facts.TryGetValue(g.Key, out var f)) facts[g.Key] = f with { Top = Top(g.ToList()) };
        }
        var days = new List<DyadDay>(n - from0);
        for (int i = from0; i < n; i++)
        {
            var day = start.AddDays(i);
            var f = facts.GetValueOrDefault(day);
            var top = f?.Top ?? [];
            var alert = z[i].Alerts
                ? new Alert(actor, recipient, day, z[i].Z > 0 ? "escalation" : "de-escalation", index[i], EscalationIndex.Baseline(index, i, s).Mean, z[i].Z!.Value, top)
                : null;
            days.Add(f is null
                ? new DyadDay(day, 0, new Dictionary<string, int>(), new Dictionary<string, int>(), 0, 0, 0, weight[i], index[i], z[i].Z, alert, top)
                : new DyadDay(day, f.Events, f.Types, f.Quads, f.ScoreSum, f.ScoreSum / f.Events, (double)f.Quads.GetValueOrDefault("material_conflict") / f.Events,
                    weight[i], index[i], z[i].Z, alert, top));
        }
        return new DyadSeries(actor, recipient, first, last, days, eventsOf is null ? events : read);
    }
}
