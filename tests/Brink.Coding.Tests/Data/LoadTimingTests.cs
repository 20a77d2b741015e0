using System.Diagnostics;
using Brink.Coding.Actors;
using Brink.Coding.Lexicon;
using Brink.Coding.Ontology;
using Xunit.Abstractions;

namespace Brink.Coding.Tests.Data;

public sealed class LoadTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Loading_all_data_is_fast()
    {
        // The first load pays for JIT; the second is what a long-running process sees on reload.
        var times = new List<string>();
        long total = 0, derived = 0;
        for (int round = 1; round <= 2; round++)
        {
            var clock = Stopwatch.StartNew();
            var ontology = PloverOntology.Load(RepoData.Dir);
            var o = clock.ElapsedMilliseconds;
            var actors = ActorKnowledgeBase.Load(RepoData.Dir);
            var a = clock.ElapsedMilliseconds;
            // The PETRARCH2 tables are read on the first name the hand-written tables do not know.
            Assert.Null(actors.FindName("Zqx Nobody", new DateOnly(2005, 1, 1)));
            var d = clock.ElapsedMilliseconds;
            TriggerLexicon.Load(RepoData.Dir, ontology);
            derived = d - a;
            total = clock.ElapsedMilliseconds - derived;
            times.Add($"round {round}: ontology {o} ms, actors {a - o} ms, lexicon {clock.ElapsedMilliseconds - d} ms, total {total} ms; then derived actors {derived} ms");
        }
        foreach (var line in times) output.WriteLine(line);
        // Loose bounds: the targets are well under 200 ms for loading and 100 ms for the PETRARCH2 tables
        // (read once, on the first unknown name), but the test machine is shared.
        Assert.True(total < 1000, string.Join("; ", times));
        Assert.True(derived < 2000, string.Join("; ", times));
    }
}
