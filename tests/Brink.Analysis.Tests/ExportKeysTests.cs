using Brink.Store;
using Brink.Store.Tests;
using Microsoft.Data.Sqlite;

namespace Brink.Analysis.Tests;

/// <summary>Exports name reports and articles by keys that are the same in every store of the same articles.</summary>
public sealed class ExportKeysTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-keys-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private static readonly CodedArticle[] Articles =
    [
        Reports.Article("Norland shelled Vesta on Monday.", new DateOnly(2024, 3, 4), "Wire", Reports.Event("r1", "ASSAULT", "NOR", "VES", new DateOnly(2024, 3, 4))),
        Reports.Article("Vesta =HYPERLINK accused Norland.", new DateOnly(2024, 3, 5), "Post", Reports.Event("r2", "ACCUSE", "VES", "NOR", new DateOnly(2024, 3, 5))),
    ];

    private string Csv(string db)
    {
        using var store = StoreRules.Open(db);
        var output = new StringWriter();
        ExportWriter.Csv(store.Reports(), output);
        return output.ToString();
    }

    [Fact]
    public void Two_stores_of_the_same_articles_export_the_same_rows_whatever_their_row_numbers()
    {
        string clean = Path.Combine(_dir, "clean.db"), resumed = Path.Combine(_dir, "resumed.db");
        using (var s = StoreRules.Open(clean)) s.Write(Articles);
        using (var s = StoreRules.Open(resumed))
        {
            // A batch that was written and is gone again (as rows rolled back after a kill use up PostgreSQL sequence numbers).
            s.Write([Reports.Article("A text that will not stay.", new DateOnly(2024, 3, 1), "Wire", Reports.Event("x", "ASSAULT", "NOR", "VES", new DateOnly(2024, 3, 1)))]);
            s.Write(Articles);
            s.DeleteArticle(s.ArticleIdByHash(EventStore.ContentHash("A text that will not stay."))!.Value);
        }
        using (var s = StoreRules.Open(resumed))
            Assert.NotEqual(1, s.ArticleIdByHash(EventStore.ContentHash("Norland shelled Vesta on Monday.")));
        string csv = Csv(clean);
        Assert.Equal(csv, Csv(resumed));
        Assert.Contains(EventStore.ContentHash("Norland shelled Vesta on Monday."), csv);
    }
}
