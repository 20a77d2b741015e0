using System.Text.Json;
using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Events;

/// <summary>One extractor is shared by every ingest thread: coding in parallel must give exactly what coding in turn gives.</summary>
public sealed class ParallelCodingTests
{
    [Fact]
    public void Articles_coded_on_many_threads_give_the_same_records_as_one_thread()
    {
        var extractor = EventExtractor.Load(Path.Combine(RepoData.Dir, "..", "models"), RepoData.Dir);
        var articles = Directory.GetFiles(Path.Combine(RepoData.Dir, "..", "eval", "coding"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(RepoData.Dir, "..", "examples", "demo"), "*.txt")).Order(StringComparer.Ordinal)
            .Select(f => EventExtractor.ReadArticle(File.ReadAllText(f), Path.GetFileName(f))).ToList();
        string Json(IReadOnlyList<EventRecord> events) => string.Join("\n", events.Select(e =>
        {
            using var ms = new MemoryStream();
            using (var w = new Utf8JsonWriter(ms)) EventJsonWriter.Write(e, w);
            return System.Text.Encoding.UTF8.GetString(ms.ToArray());
        }));
        var expected = articles.Select(a => Json(extractor.Code(a))).ToList();
        for (int round = 0; round < 3; round++)
        {
            // A fresh extractor each round, so its caches fill up under contention.
            var shared = EventExtractor.Load(Path.Combine(RepoData.Dir, "..", "models"), RepoData.Dir);
            var actual = new string[articles.Count * 2];
            Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Json(shared.Code(articles[i % articles.Count])));
            for (int i = 0; i < actual.Length; i++) Assert.Equal(expected[i % articles.Count], actual[i]);
        }
    }
}
