using Brink.Coding.Data;
using Brink.Coding.Ontology;
using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Ontology;

public sealed class OntologyLoadErrorTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Fixture_loads()
    {
        OntologyFixture.Write(_dir);
        var ontology = PloverOntology.Load(_dir.Path);
        Assert.Equal(-9.5, ontology.Score("ASSAULT", "aerial"));
        Assert.Equal("180", ontology.CameoFor("ASSAULT", "drone"));
        Assert.Equal(["military", "terrorism"], ontology.FromCameo("1951")!.Contexts);
        Assert.True(ontology.Contexts.Single(c => c.Name == "future").IsAuxiliary);
    }

    [Fact]
    public void Unknown_type_in_modes_names_file_and_line()
    {
        OntologyFixture.Write(_dir, "modes", [.. OntologyFixture.Modes, "ASSUALT\tbeat\tBlows\t"]);
        var error = Assert.Throws<DataFormatException>(() => PloverOntology.Load(_dir.Path));
        Assert.EndsWith(Path.Combine("ontology", "modes.tsv"), error.File);
        Assert.Equal(5, error.Line);
        Assert.Equal("type", error.Column);
        Assert.Equal("ASSUALT", error.Value);
    }

    [Fact]
    public void Unknown_type_in_scores_and_cameo_table_are_errors()
    {
        OntologyFixture.Write(_dir, "scores", [.. OntologyFixture.Scores, "FIGHT\t\t-9"]);
        var error = Assert.Throws<DataFormatException>(() => PloverOntology.Load(_dir.Path));
        Assert.EndsWith("scores.tsv", error.File);
        Assert.Equal(6, error.Line);

        OntologyFixture.Write(_dir, "cameo-plover", [.. OntologyFixture.Cameo, "19\tFIGHT\t\t\tFight"]);
        error = Assert.Throws<DataFormatException>(() => PloverOntology.Load(_dir.Path));
        Assert.EndsWith("cameo-plover.tsv", error.File);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void Score_for_a_mode_the_type_lacks_is_an_error()
    {
        OntologyFixture.Write(_dir, "scores", [.. OntologyFixture.Scores, "CONSULT\taerial\t1"]);
        var error = Assert.Throws<DataFormatException>(() => PloverOntology.Load(_dir.Path));
        Assert.Equal(("mode", 6), (error.Column, error.Line));
    }

    [Fact]
    public void Type_without_default_score_is_an_error()
    {
        OntologyFixture.Write(_dir, "scores", ["type\tmode\tscore", "CONSULT\t\t2.5"]);
        var error = Assert.Throws<DataFormatException>(() => PloverOntology.Load(_dir.Path));
        Assert.EndsWith("event-types.tsv", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("default score", error.Message);
    }

    [Fact]
    public void Bad_quad_and_unknown_cameo_are_errors()
    {
        OntologyFixture.Write(_dir, "event-types", [.. OntologyFixture.EventTypes[..2], "ASSAULT\tmaterial_conflicts\tx\t180"]);
        Assert.Equal("quad", Assert.Throws<DataFormatException>(() => PloverOntology.Load(_dir.Path)).Column);

        OntologyFixture.Write(_dir, "modes", [.. OntologyFixture.Modes, "CONSULT\tphone\tBy phone\t041"]);
        var error = Assert.Throws<DataFormatException>(() => PloverOntology.Load(_dir.Path));
        Assert.Equal(("cameo", "041", 5), (error.Column, error.Value, error.Line));
    }
}
