using Brink.Coding.Data;
using Brink.Coding.Lexicon;
using Brink.Coding.Ontology;
using Brink.Coding.Tests.Data;
using Brink.Coding.Tests.Ontology;

namespace Brink.Coding.Tests.Lexicon;

/// <summary>A tiny lexicon over the two-type fixture ontology (CONSULT, ASSAULT).</summary>
public sealed class LexiconLoadErrorTests : IDisposable
{
    private const string Header = "type\tmode\tcameo\tpos\tlemma\tpattern\trecipient\tnotes";

    private static readonly string[] Triggers =
    [
        Header,
        "CONSULT\tvisit\t042\tverb\tvisit\t\tobj\t",
        "ASSAULT\taerial\t195\tnoun\tairstrike\t\tprep:on ; prep:against\t",
        "ASSAULT\t\t180\tverb\tattack\t\tobj\tambiguous: verbal attack",
    ];

    private readonly TempDataDir _dir = new();
    private readonly PloverOntology _ontology;

    public LexiconLoadErrorTests()
    {
        OntologyFixture.Write(_dir);
        _ontology = PloverOntology.Load(_dir.Path);
        _dir.Write("lexicon/modality.tsv", "cue\tkind\tnotes", "would\thypothetical\t", "be expected to\tfuture\t");
        _dir.Write("lexicon/speech-verbs.tsv", "lemma\tkind\tevent_type\tnotes", "say\tneutral\t\t", "condemn\tassertive\tASSAULT\t");
    }

    public void Dispose() => _dir.Dispose();

    private TriggerLexicon Load(params string[] extra)
    {
        _dir.Write("lexicon/triggers.tsv", [.. Triggers, .. extra]);
        return TriggerLexicon.Load(_dir.Path, _ontology);
    }

    [Fact]
    public void Fixture_loads()
    {
        var lex = Load();
        Assert.Equal("ASSAULT", Lex(lex, "attack").Type);
        Assert.True(Lex(lex, "attack").IsAmbiguous);
        Assert.Equal(ModalityKind.Future, lex.Modality.Kind("be expected to"));
        Assert.Equal("ASSAULT", lex.SpeechVerbs.Find("condemn")!.EventType);
    }

    private static TriggerEntry Lex(TriggerLexicon lex, string verb) => Assert.Single(lex.Candidates(verb, noun: false));

    [Theory]
    [InlineData("FIGHT\t\t180\tverb\tfight\t\t\t", "type", "FIGHT")]
    [InlineData("CONSULT\taerial\t042\tverb\tmeet\t\t\t", "mode", "aerial")]
    [InlineData("CONSULT\t\t041\tverb\tphone\t\t\t", "cameo", "041")]
    [InlineData("CONSULT\t\t40\tverb\tmeet\t\t\t", "cameo", "40")]
    [InlineData("CONSULT\t\t040\tadjective\tmeet\t\t\t", "pos", "adjective")]
    [InlineData("CONSULT\t\t040\tverb\tMeet\t\t\t", "lemma", "Meet")]
    [InlineData("CONSULT\t\t040\tphrase\tsummit\t\t\t", "lemma", "summit")]
    [InlineData("CONSULT\t\t040\tverb\thold talks\t\t\t", "lemma", "hold talks")]
    [InlineData("CONSULT\t\t040\tverb\thold\t+obj:talk +prep\t\t", "pattern", "+obj:talk +prep")]
    [InlineData("CONSULT\t\t040\tverb\thold\t+object:talk\t\t", "pattern", "+object:talk")]
    [InlineData("CONSULT\t\t040\tverb\tmeet\t\twith\t", "recipient", "with")]
    [InlineData("CONSULT\t\t040\tverb\tmeet\t\tprep:with;obj\t", "recipient", "prep:with;obj")]
    [InlineData("CONSULT\tvisit\t042\tverb\tvisit\t\tobj\tsame row again", "lemma", "visit")]
    public void Bad_rows_name_file_line_column_and_value(string row, string column, string value)
    {
        var error = Assert.Throws<DataFormatException>(() => Load(row));
        Assert.EndsWith(Path.Combine("lexicon", "triggers.tsv"), error.File);
        Assert.Equal((5, column, value), (error.Line, error.Column, error.Value));
    }

    [Fact]
    public void Without_an_ontology_only_syntax_is_checked()
    {
        _dir.Write("lexicon/triggers.tsv", [.. Triggers, "FIGHT\t\t180\tverb\tfight\t\t\t"]);
        Assert.Equal("FIGHT", TriggerLexicon.Load(_dir.Path).Candidates("fight", noun: false).Single().Type);
    }

    [Fact]
    public void Speech_verb_event_type_must_be_known()
    {
        _dir.Write("lexicon/speech-verbs.tsv", "lemma\tkind\tevent_type\tnotes", "say\tneutral\t\t", "slam\tassertive\tCRITICIZE\t");
        var error = Assert.Throws<DataFormatException>(() => Load());
        Assert.EndsWith("speech-verbs.tsv", error.File);
        Assert.Equal((3, "event_type"), (error.Line, error.Column));
    }

    [Fact]
    public void Modality_kind_must_be_known()
    {
        _dir.Write("lexicon/modality.tsv", "cue\tkind\tnotes", "would\tmaybe\t");
        var error = Assert.Throws<DataFormatException>(() => Load());
        Assert.Equal((2, "kind", "maybe"), (error.Line, error.Column, error.Value));
    }
}
