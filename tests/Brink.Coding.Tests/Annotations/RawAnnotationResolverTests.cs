using Brink.Coding.Annotations;
using Brink.Coding.Data;

namespace Brink.Coding.Tests.Annotations;

public sealed class RawAnnotationResolverTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-raw-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Dictionary<string, CurrentEventsRow> Rows = new()
    {
        ["ce7"] = new CurrentEventsRow(7, new DateOnly(2022, 3, 23), "", "Belarus expels diplomats; Belarus also closes a consulate.", ""),
    };

    private string Raw(string line)
    {
        string path = Path.Combine(_dir, "raw.jsonl");
        File.WriteAllText(path, line + "\n");
        return path;
    }

    [Fact]
    public void Spans_written_as_text_get_the_offsets_of_their_numbered_occurrence()
    {
        string path = Raw("""{"id":"ce7","events":[{"trigger":"closes","type":"SANCTION","actors":[{"text":"Belarus","occurrence":2,"code":"BLR/GOV"}],"recipients":[],"modality":"asserted"}]}""");
        var row = Assert.Single(RawAnnotationResolver.Resolve(path, Rows, "a"));
        var actor = row.Events[0].Actors[0];
        Assert.Equal(26, actor.Start);
        Assert.Equal("Belarus", row.Text[actor.Start!.Value..actor.End!.Value]);
        Assert.Equal(["a"], row.Annotators);
    }

    [Fact]
    public void A_span_not_in_the_text_names_the_file_line_and_field()
    {
        string path = Raw("""{"id":"ce7","events":[{"trigger":"expelled","type":"SANCTION","actors":[],"recipients":[],"modality":"asserted"}]}""");
        var e = Assert.Throws<DataFormatException>(() => RawAnnotationResolver.Resolve(path, Rows, "a"));
        Assert.StartsWith($"{path}:1: column 'events[1].trigger', value 'expelled'", e.Message);
    }
}
