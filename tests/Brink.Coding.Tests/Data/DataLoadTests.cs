using Brink.Coding.Actors;
using Brink.Coding.Lexicon;
using Brink.Coding.Ontology;

namespace Brink.Coding.Tests.Data;

/// <summary>
/// The shipped data loads twice in one process (a long-running process reloads it), and the PETRARCH2 tables are read
/// on the first name the hand-written tables do not know. How long loading takes is measured by `brink bench coding`
/// (its cold pass), not here: a shared test machine makes timed tests flaky.
/// </summary>
public sealed class DataLoadTests
{
    [Fact]
    public void All_data_loads_and_reloads_and_the_derived_actor_tables_answer_an_unknown_name()
    {
        for (int round = 1; round <= 2; round++)
        {
            var ontology = PloverOntology.Load(RepoData.Dir);
            var actors = ActorKnowledgeBase.Load(RepoData.Dir);
            Assert.Null(actors.FindName("Zqx Nobody", new DateOnly(2005, 1, 1)));
            Assert.NotNull(actors.FindName("Vladimir Putin", new DateOnly(2005, 1, 1)));
            Assert.NotEmpty(TriggerLexicon.Load(RepoData.Dir, ontology).Candidates("expel", noun: false));
        }
    }
}
