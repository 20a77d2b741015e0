using Brink.Coding.Lexicon;
using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Lexicon;

public sealed class PetrarchVerbTableTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-petrarch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Two verb blocks in the dictionary's format: a block code, synonyms, patterns with their own codes.</summary>
    private const string Dictionary = """
        &CEASEFIRE
        +TRUCE

        ####### VERB PATTERNS #######

        ---  ACCUSE   [112]  ---
        ACCUSE
        BLAME  # a comment
        - * OF &CEASEFIRE VIOLATION                         [1121]        # ACCUSE
        - * POLICE                                          [173]         # ACCUSE

        ---  ACCELERATE   [---]  ---
        RUSH
        SPEED {SPEEDING SPEEDS SPED }
        CARRY_OUT
        - * AID                                             [070]         # RUSH
        - * &WEAPON                                         [194]         # RUSH
        - * (TO BORDER)                                     [154]         # RUSH
        - &MILITARY *                                       [154]         # RUSH
        """;

    [Fact]
    public void Every_verb_of_a_block_gets_its_block_type_and_its_patterns_types_most_frequent_first()
    {
        string input = Path.Combine(_dir, "CAMEO.txt"), output = Path.Combine(_dir, "verbs.tsv");
        File.WriteAllText(input, Dictionary.Replace("\n        ", "\n"));
        Assert.Equal(5, PetrarchVerbTable.Build(input, RepoData.Ontology, output));
        var rows = File.ReadAllLines(output).Skip(1).Select(l => l.Split('\t')).ToDictionary(c => c[0]);
        Assert.Equal(["blame", "ACCUSE ; COERCE", "ACCUSE"], rows["blame"]);
        Assert.Equal(["speed", "MOBILIZE ; AID ; ASSAULT", ""], rows["speed"]);
        Assert.True(rows.ContainsKey("carry out"));
        Assert.False(rows.ContainsKey("truce"));
    }

    [Fact]
    public void A_missing_dictionary_is_named() =>
        Assert.Contains("nowhere.txt", Assert.Throws<FileNotFoundException>(() => PetrarchVerbTable.Build(Path.Combine(_dir, "nowhere.txt"), RepoData.Ontology, Path.Combine(_dir, "x.tsv"))).Message);
}
