using Brink.Store;

namespace Brink.Analysis;

/// <summary>
/// The days of one pair of parties (A before B in ordinal order) from <see cref="Start"/>: per direction, the events, their
/// weight in the index and their summed PLOVER score each day. Index 0 is <see cref="Start"/>.
/// </summary>
internal sealed record PairHistory(string A, string B, DateOnly Start, PairDirection AToB, PairDirection BToA)
{
    /// <summary>The day of an index.</summary>
    public DateOnly Day(int i) => Start.AddDays(i);

    /// <summary>Number of days.</summary>
    public int Length => AToB.Events.Length;

    /// <summary>The first and last day with an event in either direction, or null when there is none.</summary>
    public (DateOnly First, DateOnly Last)? Active()
    {
        int first = -1, last = -1;
        for (int i = 0; i < Length; i++)
            if (AToB.Events[i] + BToA.Events[i] > 0) { if (first < 0) first = i; last = i; }
        return first < 0 ? null : (Day(first), Day(last));
    }

    /// <summary>Both directions summed as one (the pair as one dyad).</summary>
    public PairDirection Both() => new(
        AToB.Events.Zip(BToA.Events, (x, y) => x + y).ToArray(),
        AToB.Weight.Zip(BToA.Weight, (x, y) => x + y).ToArray(),
        AToB.ScoreSum.Zip(BToA.ScoreSum, (x, y) => x + y).ToArray());

    /// <summary>
    /// The pair over [start, to], read from the store's day table (or, where it is not current, from the reports). <c>cooperation</c>
    /// is what a cooperative event's (negative) weight counts for against conflict's: at 1, as the index weighs it; otherwise each
    /// day's weight is summed again from its events' digests in the day table.
    /// </summary>
    public static PairHistory Load(EventStore store, string a, string b, DateOnly start, DateOnly to, EscalationSettings settings, double cooperation = 1)
    {
        if (string.CompareOrdinal(a, b) > 0) (a, b) = (b, a);
        return new PairHistory(a, b, start, Read(store, a, b, start, to, settings, cooperation), Read(store, b, a, start, to, settings, cooperation));
    }

    private static PairDirection Read(EventStore store, string actor, string recipient, DateOnly start, DateOnly to, EscalationSettings settings, double cooperation)
    {
        int n = to.DayNumber - start.DayNumber + 1;
        var d = new PairDirection(new int[n], new double[n], new double[n]);
        IEnumerable<(DateOnly Day, int Events, double Weight, double ScoreSum)> rows = store.DyadDays(actor, recipient, start, to)?.Select(r => (r.Day, r.Events, r.Weight, r.ScoreSum))
            ?? DyadSeries.LoadFromReports(store, actor, recipient, start, to, settings).Days.Where(x => x.Events > 0).Select(x => (x.Day, x.Events, x.Weight, x.ScoreSum));
        foreach (var r in rows)
        {
            int i = r.Day.DayNumber - start.DayNumber;
            if (i < 0 || i >= n) continue;
            (d.Events[i], d.Weight[i], d.ScoreSum[i]) = (r.Events, r.Weight, r.ScoreSum);
        }
        if (cooperation != 1) Reweigh(store, actor, recipient, start, d, cooperation);
        return d;
    }

    /// <summary>Sums each day's weight again from its events, a cooperative event's (negative) weight times <paramref name="cooperation"/>.</summary>
    private static void Reweigh(EventStore store, string actor, string recipient, DateOnly start, PairDirection d, double cooperation)
    {
        var days = Enumerable.Range(0, d.Events.Length).Where(i => d.Events[i] > 0).Select(i => start.AddDays(i)).ToList();
        if (days.Count == 0) return;
        foreach (var i in Enumerable.Range(0, d.Events.Length).Where(i => d.Events[i] > 0)) d.Weight[i] = 0;
        var events = store.DyadDayEvents(actor, recipient, days);
        if (events.Count == 0)
            throw new InvalidOperationException($"The day table holds no events of {actor}->{recipient}; run `brink ingest` once to fill it before weighing cooperation apart.");
        foreach (var e in events)
            d.Weight[e.Day.DayNumber - start.DayNumber] += e.Digest.Weight < 0 ? cooperation * e.Digest.Weight : e.Digest.Weight;
    }
}
