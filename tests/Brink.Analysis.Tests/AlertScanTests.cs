using Brink.Analysis;
using Brink.Coding;
using Brink.Store;
using Microsoft.Data.Sqlite;
using static Brink.Store.Tests.Reports;

namespace Brink.Analysis.Tests;

public sealed class AlertScanTests : IDisposable
{
    private static readonly DateOnly D = new(2027, 3, 5);
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"brink-alerts-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" }) File.Delete(f);
    }

    [Fact]
    public void Scanning_on_all_cores_lists_the_same_alerts_as_one_by_one()
    {
        // Eight dyads with a quiet month of accusations, then strikes on dyad-specific days.
        string[] parties = ["VEN", "GUY", "BRA", "COL", "SUR"];
        var articles = new List<CodedArticle>();
        int n = 0;
        foreach (var (a, b) in parties.SelectMany(a => parties.Where(b => b != a).Select(b => (a, b))).Take(8))
        {
            for (int day = 0; day < 40; day += 2)
                articles.Add(Article($"Article {n++}.", D.AddDays(day), "Wire", Event("e", "ACCUSE", a, b, D.AddDays(day), score: -2)));
            for (int k = 0; k < 3; k++)
                articles.Add(Article($"Article {n++}.", D.AddDays(30 + n % 9), $"Outlet {k}", Event("e", "ASSAULT", a, b, D.AddDays(30 + n % 9), score: -9)));
        }
        using var store = EventStore.Open(_db, new ReportMerger());
        store.Write(articles);
        var serial = AlertScan.Run(store, null);
        var parallel = AlertScan.Run(store, null, openReader: () => EventStore.Open(_db));
        Assert.True(serial.Count >= 8, $"expected an alert per dyad, got {serial.Count}");
        Assert.Equal(serial.Select(Describe), parallel.Select(Describe));
        var since = AlertScan.Run(store, D.AddDays(35), openReader: () => EventStore.Open(_db));
        Assert.All(since, a => Assert.True(a.Day >= D.AddDays(35)));
        Assert.Equal(serial.Count(a => a.Day >= D.AddDays(35)), since.Count);
    }

    private static string Describe(Alert a) => $"{a.Day} {a.Actor}->{a.Recipient} {a.Direction} {a.ZScore:F6}";
}
