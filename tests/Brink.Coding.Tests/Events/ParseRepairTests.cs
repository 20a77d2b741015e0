using Brink.Coding.Attribution;
using Brink.Coding.Syntax;

namespace Brink.Coding.Tests.Events;

/// <summary>
/// Repairs and readings that must hold whatever tree the parser gives: each test sets the tree itself (heads and
/// relations), so it checks the rule, not the parser of the day.
/// </summary>
public sealed class ParseRepairTests
{
    private static readonly HashSet<string> SpeechVerbs = ["say", "tell", "warn"];

    private static SentenceTree Tree(string text, int[] heads, string[] rels) => ForcedTree.Of(text, heads, rels);

    // "Rafael Grossi , who flew to Tehran , met Iranian officials ."
    private const string Grossi = "Rafael Grossi, who flew to Tehran, met Iranian officials.";
    private static readonly string[] GrossiRels = ["root", "flat", "punct", "nsubj", "acl:relcl", "case", "obl", "punct", "parataxis", "amod", "obj", "punct"];

    [Fact]
    public void A_subject_read_as_the_root_gives_its_verb_the_sentence_back()
    {
        var t = Tree(Grossi, [0, 1, 5, 5, 1, 7, 5, 5, 1, 11, 9, 1], GrossiRels);
        SubjectRootRepair.Apply(t);
        int met = t.First + 8, rafael = t.First;
        Assert.Equal((-1, "root"), (t.Head(met), t.FullRel(met)));
        Assert.Equal((met, "nsubj"), (t.Head(rafael), t.FullRel(rafael)));
        Assert.Equal(met, t.Head(t.First + 11)); // the full stop follows the verb
        Assert.Equal(rafael, t.Head(t.First + 4)); // the relative clause stays on the name
    }

    [Fact]
    public void A_clause_with_its_own_subject_is_not_taken_for_the_roots_predicate()
    {
        // "Rafael Grossi , who flew to Tehran , officials met ..." would give "met" a subject of its own.
        var t = Tree("Rafael Grossi, who flew to Tehran, officials met Iranians.", [0, 1, 5, 5, 1, 7, 5, 5, 10, 1, 10, 1],
            ["root", "flat", "punct", "nsubj", "acl:relcl", "case", "obl", "punct", "nsubj", "parataxis", "obj", "punct"]);
        SubjectRootRepair.Apply(t);
        Assert.Equal(-1, t.Head(t.First));
    }

    [Fact]
    public void A_reporting_clause_read_as_an_adverbial_clause_names_the_speaker()
    {
        // "Israel will retaliate against Iran , Netanyahu said ." with "said" an adverbial clause of "retaliate".
        var t = Tree("Israel will retaliate against Iran, Netanyahu said.", [3, 3, 0, 5, 3, 8, 8, 3, 8],
            ["nsubj", "aux", "root", "case", "obl", "punct", "nsubj", "advcl", "punct"]);
        Assert.Equal(t.First + 7, AttributionFinder.GoverningSpeechVerb(t, t.First + 2, SpeechVerbs));
        var asSaid = Tree("Israel will retaliate against Iran, as Netanyahu said.", [3, 3, 0, 5, 3, 9, 9, 9, 3, 9],
            ["nsubj", "aux", "root", "case", "obl", "punct", "mark", "nsubj", "advcl", "punct"]);
        Assert.Equal(asSaid.First + 8, AttributionFinder.GoverningSpeechVerb(asSaid, asSaid.First + 2, SpeechVerbs));
    }

    [Fact]
    public void A_statement_the_event_follows_is_not_its_source()
    {
        var t = Tree("Israel will retaliate against Iran after Netanyahu said.", [3, 3, 0, 5, 3, 8, 8, 3, 8],
            ["nsubj", "aux", "root", "case", "obl", "mark", "nsubj", "advcl", "punct"]);
        Assert.Equal(-1, AttributionFinder.GoverningSpeechVerb(t, t.First + 2, SpeechVerbs));
    }

    [Fact]
    public void A_subject_read_as_a_modifier_of_the_time_words_is_the_verbs_subject()
    {
        // "Ecuador last week condemned the raid ." with "Ecuador" a compound of "week", which hangs on the verb.
        var t = Tree("Ecuador last week condemned the raid.", [3, 3, 4, 0, 6, 4, 4], ["compound", "amod", "obl:unmarked", "root", "det", "obj", "punct"]);
        TimeWordRepair.Apply(t, [(t.First + 1, t.First + 3)]);
        Assert.Equal((t.First + 3, "nsubj"), (t.Head(t.First), t.FullRel(t.First)));
        Assert.Equal(t.First + 3, t.Head(t.First + 2));
    }

    [Fact]
    public void The_agent_of_an_event_noun_read_as_subject_of_a_conjunct_clause_is_found()
    {
        // "Norway condemns the rocket and artillery strike carried out by Sweden ." with "strike" the subject of "carried",
        // a conjunct of "condemns".
        var t = Tree("Norway condemns the rocket and artillery strike carried out by Sweden.", [2, 0, 4, 2, 6, 4, 8, 2, 8, 11, 8, 2],
            ["nsubj", "root", "det", "obj", "cc", "conj", "nsubj", "conj", "compound:prt", "case", "obl", "punct"]);
        var agents = Brink.Coding.Events.EventNounAgents.Of(t, t.First + 1, lemma => lemma is "strike" or "attack").ToList();
        Assert.Equal([t.First + 10], agents);
    }

    [Fact]
    public void People_left_beside_a_subject_that_names_no_one_are_the_source()
    {
        // "Egypt hosted talks , two officials familiar with the talks told Axios ." with "the talks" read as the subject
        // of "told" and "officials" left hanging on it.
        var t = Tree("Egypt hosted talks, two officials familiar with the talks told Axios.", [2, 0, 2, 11, 6, 11, 6, 11, 10, 11, 2, 11, 2],
            ["nsubj", "root", "obj", "punct", "nummod", "obl:unmarked", "amod", "mark", "det", "nsubj", "conj", "obj", "punct"]);
        var source = Assert.Single(AttributionFinder.Sources(t, t.First + 1, -1, null));
        Assert.Equal((2, false), (source.Count, source.Named));
        Assert.StartsWith("two officials", source.Text);
    }
}
