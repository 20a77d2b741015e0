using Brink.Coding.Ontology;
using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Ontology;

/// <summary>Facts from the PLOVER manual as recorded in data/ontology/ and docs/ontology.md.</summary>
public sealed class PloverOntologyTests
{
    private static PloverOntology O => RepoData.Ontology;

    [Fact]
    public void Has_the_16_types_in_manual_order()
    {
        Assert.Equal(
            ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
             "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"],
            O.Types.Select(t => t.Name));
    }

    // The quad goes by name: a public theory cannot take the internal enum as a parameter.
    [Theory]
    [InlineData("ASSAULT", nameof(PloverQuad.MaterialConflict))]
    [InlineData("SANCTION", nameof(PloverQuad.MaterialConflict))]
    [InlineData("CONSULT", nameof(PloverQuad.VerbalCooperation))]
    [InlineData("RETREAT", nameof(PloverQuad.MaterialCooperation))]
    [InlineData("THREATEN", nameof(PloverQuad.VerbalConflict))]
    public void Quads(string type, string quad) => Assert.Equal(quad, O.Quad(type).ToString());

    [Theory]
    [InlineData("ASSAULT", null, -9)]
    [InlineData("ASSAULT", "aerial", -9.5)]
    [InlineData("ASSAULT", "unconventional", -10)]
    [InlineData("CONSULT", "visit", 4)]
    [InlineData("AID", null, 10)]
    [InlineData("ACCUSE", null, 3)]
    [InlineData("ACCUSE", "allege", -3.5)]
    [InlineData("REQUEST", "assist", 0.5)]
    [InlineData("PROTEST", "vandalize", -5)] // no score in the manual: the type's default
    public void Scores(string type, string? mode, double score) => Assert.Equal(score, O.Score(type, mode));

    [Theory]
    [InlineData("CONSULT", "visit", "042")]
    [InlineData("CONSULT", null, "040")]
    [InlineData("RETREAT", null, "084")]
    [InlineData("COERCE", "censor", "1721")]
    [InlineData("RETREAT", "withdraw", "0872")]
    [InlineData("ASSAULT", "drone", "180")] // no CAMEO for drones: the type's default
    public void Nearest_cameo(string type, string? mode, string cameo) => Assert.Equal(cameo, O.CameoFor(type, mode));

    [Fact]
    public void Cameo_codes_map_to_type_mode_and_context()
    {
        var visit = O.FromCameo("042")!;
        Assert.Equal(("CONSULT", "visit"), (visit.Type, visit.Mode));
        var blockade = O.FromCameo("0872")!;
        Assert.Equal(("RETREAT", "withdraw"), (blockade.Type, blockade.Mode));
        Assert.Equal(["military"], blockade.Contexts);
        Assert.Equal("ASSAULT", O.FromCameo("20")!.Type);
        Assert.Null(O.FromCameo("99"));
    }

    [Fact]
    public void Unlisted_cameo_codes_fall_back_to_their_parent()
    {
        Assert.False(O.IsCameo("0429"));
        Assert.Equal("042", O.FromCameo("0429")!.Code);
    }

    [Fact]
    public void Modes_belong_to_their_type()
    {
        Assert.True(O.IsMode("ASSAULT", "drone"));
        Assert.True(O.IsMode("RETREAT", "resign"));
        Assert.False(O.IsMode("AGREE", "visit"));
        Assert.False(O.IsMode("ASSAULT", "execute")); // commented out in the manual
        Assert.False(O.IsMode("CONSULT", null));
        Assert.Empty(O.Type("AGREE").Modes);
        Assert.Equal(15, O.Type("ASSAULT").Modes.Count);
    }

    [Fact]
    public void Auxiliary_modes_are_contexts()
    {
        Assert.True(O.IsContext("future"));
        Assert.Contains(O.Contexts, c => c.Name == "negation" && c.IsAuxiliary);
        Assert.Contains(O.Contexts, c => c.Name == "military" && !c.IsAuxiliary);
        Assert.False(O.IsContext("humanitarian")); // used by the CAMEO table only
        Assert.Equal(41, O.Contexts.Count);
    }

    [Fact]
    public void Unknown_names_are_argument_errors()
    {
        var error = Assert.Throws<ArgumentException>(() => O.Score("FIGHT"));
        Assert.Contains("FIGHT", error.Message);
        Assert.Throws<ArgumentException>(() => O.Score("ASSAULT", "sideAB"));
        Assert.False(O.IsType("Assault"));
    }
}
