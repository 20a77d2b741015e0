using Brink.Coding.Lexicon;
using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Lexicon;

/// <summary>The real data/lexicon/ files; expected rows looked up by hand in triggers.tsv.</summary>
public sealed class TriggerLexiconTests
{
    private static TriggerLexicon Lex => RepoData.Lexicon;

    [Fact]
    public void Attack_as_a_verb_is_assault()
    {
        var bare = Lex.Candidates("attack", noun: false).Single(e => e.Pattern.Count == 0);
        Assert.Equal(("ASSAULT", null, "190", 1766), (bare.Type, bare.Mode, bare.Cameo, bare.Line));
        Assert.Equal([new RecipientSlot(RecipientKind.Object, null)], bare.Recipients);
        Assert.True(bare.IsAmbiguous);
    }

    [Fact]
    public void Attack_as_a_noun_has_modified_readings_in_file_order()
    {
        var nouns = Lex.Candidates("attack", noun: true);
        var cyber = nouns[0];
        Assert.Equal(("COERCE", "cyber", 1754), (cyber.Type, cyber.Mode, cyber.Line));
        Assert.Equal(["cyber"], cyber.Pattern.Modifiers);
        Assert.Equal(
            [new RecipientSlot(RecipientKind.Preposition, "on"), new RecipientSlot(RecipientKind.Preposition, "against")],
            cyber.Recipients);
        Assert.True(nouns.Select(n => n.Line).SequenceEqual(nouns.Select(n => n.Line).Order()));
    }

    [Fact]
    public void Phrasal_pattern_with_preposition()
    {
        var row = Lex.Candidates("crack", noun: false).Single();
        Assert.Equal(("COERCE", "down", 1569), (row.Type, row.Pattern.Particle, row.Line));
        Assert.Equal([new PatternToken(PatternSlot.Preposition, "on", null)], row.Pattern.Prepositions);
        Assert.Equal("+prt:down +prep:on", row.Pattern.ToString());
    }

    [Fact]
    public void Preposition_with_object_lemma()
    {
        var row = Lex.Candidates("call", noun: false).Single(e => e.Line == 716);
        Assert.Equal(("REQUEST", "yield", "1053"), (row.Type, row.Mode, row.Cameo));
        var prep = Assert.Single(row.Pattern.Prepositions);
        Assert.Equal(("for", "release"), (prep.Preposition, prep.Lemma));
        Assert.False(row.Pattern.RequiresXcomp);
    }

    [Fact]
    public void Xcomp_object_and_subject_patterns()
    {
        var invade = Lex.Candidates("threaten", noun: false).Single(e => e.Line == 1002);
        Assert.Equal(("THREATEN", "territory", true, "invade"), (invade.Type, invade.Mode, invade.Pattern.RequiresXcomp, invade.Pattern.XcompVerb));

        var callOn = Lex.Candidates("call", noun: false).Single(e => e.Line == 643);
        Assert.True(callOn.Pattern.RequiresXcomp);
        Assert.Null(callOn.Pattern.XcompVerb);

        var sanction = Lex.Candidates("impose", noun: false).Single(e => e.Line == 1134);
        Assert.Equal(("SANCTION", "discontinue", "sanction"), (sanction.Type, sanction.Mode, sanction.Pattern.Object));

        var withdraw = Lex.Candidates("withdraw", noun: false).Single(e => e.Line == 539);
        Assert.Equal(("RETREAT", "troop"), (withdraw.Type, withdraw.Pattern.Subject));
    }

    [Fact]
    public void Phrases_are_found_by_first_lemma()
    {
        var hunger = Lex.Phrases("hunger").Single(e => e.Lemma == "hunger strike");
        Assert.Equal(("PROTEST", "hunger", TriggerPos.Phrase), (hunger.Type, hunger.Mode, hunger.Pos));
        Assert.Equal(["hunger", "strike"], hunger.Words);
        Assert.Empty(Lex.Candidates("hunger strike", noun: true));
    }

    [Fact]
    public void Unknown_lemmas_have_no_candidates()
    {
        Assert.Empty(Lex.Candidates("photosynthesize", noun: false));
        Assert.Empty(Lex.Phrases("photosynthesize"));
    }

    [Fact]
    public void Every_row_is_loaded()
    {
        // The file's own row count: the loader drops no row (the file grows as the lexicon is reviewed).
        int rows = File.ReadLines(Path.Combine(RepoData.Dir, "lexicon", "triggers.tsv")).Skip(1).Count(l => l.Length > 0);
        Assert.True(rows > 2000, $"only {rows} rows in triggers.tsv");
        Assert.Equal(rows, Lex.Entries.Count);
        Assert.Equal(2, Lex.Entries[0].Line);
    }

    [Theory]
    [InlineData("would", nameof(ModalityKind.Hypothetical))]
    [InlineData("if", nameof(ModalityKind.Conditional))]
    [InlineData("will", nameof(ModalityKind.Future))]
    [InlineData("not", nameof(ModalityKind.Negation))]
    [InlineData("allegedly", nameof(ModalityKind.Claim))]
    [InlineData("according to", nameof(ModalityKind.Report))]
    // The kinds are internal to the coder, and a public theory cannot take them: the data names them.
    public void Modality_cues(string cue, string kind) => Assert.Equal(Enum.Parse<ModalityKind>(kind), Lex.Modality.Kind(cue));

    [Fact]
    public void Multiword_modality_cues_by_first_word()
    {
        Assert.Null(Lex.Modality.Kind("banana"));
        Assert.Contains(Lex.Modality.StartingWith("be"), c => c.Cue == "be expected to" && c.Kind == ModalityKind.Future);
    }

    [Theory]
    [InlineData("say", nameof(SpeechKind.Neutral), null)]
    [InlineData("accuse", nameof(SpeechKind.Claim), "ACCUSE")]
    [InlineData("urge", nameof(SpeechKind.Assertive), "REQUEST")]
    [InlineData("call for", nameof(SpeechKind.Assertive), "REQUEST")]
    [InlineData("deny", nameof(SpeechKind.Denial), null)]
    public void Speech_verbs(string lemma, string kind, string? type)
    {
        var verb = Lex.SpeechVerbs.Find(lemma)!;
        Assert.Equal((Enum.Parse<SpeechKind>(kind), type), (verb.Kind, verb.EventType));
    }
}
