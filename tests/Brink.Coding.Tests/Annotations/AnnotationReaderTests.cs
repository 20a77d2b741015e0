using Brink.Coding.Annotations;
using Brink.Coding.Data;
using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Annotations;

public sealed class AnnotationReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-annotations-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Good =
        """{"id":"ce1","date":"2022-03-23","story":"","text":"Belarus expels Ukrainian diplomats.","sources":"Reuters","annotators":["a"],"events":[{"trigger":{"start":8,"end":14,"text":"expels"},"type":"SANCTION","mode":"expel","actors":[{"start":0,"end":7,"text":"Belarus","code":"BLR/GOV"}],"recipients":[{"start":15,"end":34,"text":"Ukrainian diplomats","code":"UKR/GOV"}],"modality":"asserted"}]}""";

    private string WriteFile(params string[] lines)
    {
        string path = Path.Combine(_dir, "rows.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void A_well_formed_row_reads_with_its_offsets_codes_and_modality()
    {
        var rows = AnnotationReader.Read(WriteFile(Good, """{"id":"ce2","date":"2022-03-24","text":"Rain fell.","events":[]}"""), RepoData.Ontology);
        Assert.Equal(2, rows.Count);
        var e = Assert.Single(rows[0].Events);
        Assert.Equal(("expels", "SANCTION", "expel"), (e.TriggerText, e.Type, e.Mode));
        Assert.Equal(new ActorCode("BLR", "GOV", null), e.Actors[0].Code);
        Assert.Equal("Ukrainian diplomats", rows[0].Text[e.Recipients[0].Start!.Value..e.Recipients[0].End!.Value]);
        Assert.Empty(rows[1].Events);
    }

    [Fact]
    public void Written_rows_read_back_the_same()
    {
        var rows = AnnotationReader.Read(WriteFile(Good), RepoData.Ontology);
        string again = Path.Combine(_dir, "again.jsonl");
        AnnotationWriter.Write(again, rows);
        var back = AnnotationReader.Read(again, RepoData.Ontology);
        Assert.Equal(rows[0].Events[0] with { Actors = [], Recipients = [] }, back[0].Events[0] with { Actors = [], Recipients = [] });
        Assert.Equal(rows[0].Events[0].Actors, back[0].Events[0].Actors);
        Assert.Equal(rows[0].Events[0].Recipients, back[0].Events[0].Recipients);
    }

    [Fact]
    public void An_implicit_actor_has_a_code_and_no_span()
    {
        string line = """{"id":"ce3","date":"2018-02-16","text":"Thirteen Russians are indicted.","events":[{"trigger":{"start":22,"end":30,"text":"indicted"},"type":"ACCUSE","mode":"allege","actors":[{"start":null,"end":null,"text":null,"code":"USA/JUD"}],"recipients":[],"modality":"asserted"}]}""";
        var actor = AnnotationReader.Read(WriteFile(line), RepoData.Ontology)[0].Events[0].Actors[0];
        Assert.Null(actor.Start);
        Assert.Equal("USA/JUD", actor.Code.ToString());
    }

    [Theory]
    [InlineData("\"start\":8,\"end\":14,\"text\":\"expels\"", "\"start\":9,\"end\":14,\"text\":\"expels\"", "events[1].trigger", "the text at 9..14")]
    [InlineData("\"start\":8,\"end\":14,\"text\":\"expels\"", "\"start\":8,\"end\":99,\"text\":\"expels\"", "events[1].trigger", "out of the text")]
    [InlineData("\"type\":\"SANCTION\"", "\"type\":\"PUNISH\"", "events[1].type", "not a PLOVER event type")]
    [InlineData("\"mode\":\"expel\"", "\"mode\":\"riot\"", "events[1].mode", "not a mode of SANCTION")]
    [InlineData("\"modality\":\"asserted\"", "\"modality\":\"certain\"", "events[1].modality", "must be asserted")]
    [InlineData("\"code\":\"BLR/GOV\"", "\"code\":\"Belarus\"", "events[1].actors[1].code", "neither CCC/SEC")]
    [InlineData("\"date\":\"2022-03-23\"", "\"date\":\"23 March\"", "date", "not an ISO date")]
    public void A_bad_field_names_the_file_the_line_and_the_field(string good, string bad, string field, string problem)
    {
        string path = WriteFile(Good.Replace("\"ce1\"", "\"ce0\""), Good.Replace(good, bad));
        var e = Assert.Throws<DataFormatException>(() => AnnotationReader.Read(path, RepoData.Ontology));
        Assert.StartsWith($"{path}:2: column '{field}'", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Malformed_json_names_the_file_and_line()
    {
        string path = WriteFile(Good, "{\"id\": \"ce9\", \"events\": [");
        var e = Assert.Throws<DataFormatException>(() => AnnotationReader.Read(path, RepoData.Ontology));
        Assert.StartsWith($"{path}:2: malformed JSON", e.Message);
    }

    [Fact]
    public void A_row_id_twice_is_an_error()
    {
        var e = Assert.Throws<DataFormatException>(() => AnnotationReader.Read(WriteFile(Good, Good), RepoData.Ontology));
        Assert.Contains(":2: column 'id', value 'ce1': appears twice", e.Message);
    }
}
