using Brink.Store;
using Brink.Store.Tests;
using CsvHelper;
using Microsoft.Data.Sqlite;

namespace Brink.Analysis.Tests;

/// <summary>The CSV export read back by a CSV reader, with titles from untrusted articles.</summary>
public sealed class CsvExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-csv-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private static CodedArticle Titled(string title, int day)
    {
        var date = new DateOnly(2024, 3, day);
        var a = Reports.Article($"Norland shelled Vesta on day {day}.", date, "Wire", Reports.Event("r" + day, "ASSAULT", "NOR", "VES", date));
        return a with { Article = a.Article with { Ref = a.Article.Ref with { Title = title } } };
    }

    [Fact]
    public void Formula_prefixes_are_neutralised_and_every_cell_reads_back()
    {
        string[] titles = ["=HYPERLINK(\"http://x.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)", "Talks, \"at last\",\nin Geneva", "Plain title"];
        string db = Path.Combine(_dir, "c.db");
        using (var s = StoreRules.Open(db)) s.Write(titles.Select((t, i) => Titled(t, i + 1)).ToList());
        var output = new StringWriter();
        using (var s = StoreRules.Open(db)) ExportWriter.Csv(s.Reports(), output);

        using var reader = CsvReader.Create(new StringReader(output.ToString()), new CsvReaderOptions { Separator = ',' }, leaveOpen: false);
        var read = new List<string>();
        while (reader.Read())
        {
            Assert.Equal(ExportWriter.CsvColumns.Length, reader.FieldCount);
            read.Add(reader["title"].ToString());
            Assert.Equal("-9", reader["score"].ToString());
        }
        Assert.Equal(["'=HYPERLINK(\"http://x.example\",\"click\")", "'+1+1", "'-2+3", "'@SUM(A1:A2)", "Talks, \"at last\",\nin Geneva", "Plain title"], read);
    }
}
