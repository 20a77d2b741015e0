using Brink.Coding.Data;

namespace Brink.Coding.Tests.Data;

public sealed class TsvTableTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Reads_columns_by_name_and_splits_lists()
    {
        var path = _dir.Write("t.tsv", "code\tnames\tnotes", "IRN\tIran ; Persia\tsome note");
        var row = Assert.Single(TsvTable.Load(path, "code").Rows);
        Assert.Equal("IRN", row["code"]);
        Assert.Equal(["Iran", "Persia"], row.List("names"));
        Assert.Equal(2, row.Line);
    }

    [Fact]
    public void Empty_last_column_may_end_in_a_tab_or_not()
    {
        var path = _dir.Write("t.tsv", "type\tmode\tnotes", "AGREE\t\t", "ASSAULT\tdrone");
        var rows = TsvTable.Load(path).Rows;
        Assert.Equal(2, rows.Count);
        Assert.Null(rows[0].Optional("notes"));
        Assert.Equal("drone", rows[1]["mode"]);
        Assert.Equal("", rows[1]["notes"]);
        Assert.Empty(rows[1].List("notes"));
    }

    [Fact]
    public void Wrong_column_count_names_file_and_line()
    {
        var path = _dir.Write("t.tsv", "a\tb\tc\td", "1\t2\t3\t4", "1\t2");
        var error = Assert.Throws<DataFormatException>(() => TsvTable.Load(path));
        Assert.Equal(path, error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith($"{path}:3:", error.Message);
        Assert.Contains("expected 4", error.Message);
    }

    [Fact]
    public void Bad_date_names_line_column_and_value()
    {
        var path = _dir.Write("t.tsv", "name\tstart", "Antony Blinken\t2021-01-26", "Marco Rubio\t2025-13-40");
        var rows = TsvTable.Load(path).Rows;
        Assert.Equal(new DateOnly(2021, 1, 26), rows[0].Date("start"));
        var error = Assert.Throws<DataFormatException>(() => rows[1].Date("start"));
        Assert.Equal(3, error.Line);
        Assert.Equal("start", error.Column);
        Assert.Equal("2025-13-40", error.Value);
        Assert.Contains("YYYY-MM-DD", error.Message);
    }

    [Fact]
    public void Missing_required_column_is_a_header_error()
    {
        var path = _dir.Write("t.tsv", "code\tname", "X\tY");
        var error = Assert.Throws<DataFormatException>(() => TsvTable.Load(path, "code", "sector"));
        Assert.Equal(1, error.Line);
        Assert.Equal("sector", error.Column);
    }

    [Theory]
    [InlineData("a ;; b")]
    [InlineData("a ; ")]
    [InlineData("a;b")]
    [InlineData("a ;  b")]
    public void Malformed_lists_are_errors(string value)
    {
        var path = _dir.Write("t.tsv", "code\tnames", "X\t" + value);
        var row = Assert.Single(TsvTable.Load(path).Rows);
        var error = Assert.Throws<DataFormatException>(() => row.List("names"));
        Assert.Equal(2, error.Line);
        Assert.Equal("names", error.Column);
    }

    [Fact]
    public void Missing_file_says_which_folder_to_pass()
    {
        var error = Assert.Throws<FileNotFoundException>(() => TsvTable.Load(Path.Combine(_dir.Path, "none.tsv")));
        Assert.Contains("data/ folder", error.Message);
    }

    [Fact]
    public void Numbers_use_a_decimal_point()
    {
        var path = _dir.Write("t.tsv", "type\tscore", "ASSAULT\t-9.5", "AGREE\t2,5");
        var rows = TsvTable.Load(path).Rows;
        Assert.Equal(-9.5, rows[0].Number("score"));
        Assert.Throws<DataFormatException>(() => rows[1].Number("score"));
    }
}
