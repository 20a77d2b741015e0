using Brink.Coding.Actors;
using Brink.Coding.Lexicon;
using Brink.Coding.Ontology;

namespace Brink.Coding.Tests.Data;

/// <summary>The repository's data/ folder, found by walking up to Brink.sln, and its tables loaded once.</summary>
internal static class RepoData
{
    public static string Dir { get; } = Find();

    private static readonly Lazy<PloverOntology> LazyOntology = new(() => PloverOntology.Load(Dir));
    private static readonly Lazy<ActorKnowledgeBase> LazyActors = new(() => ActorKnowledgeBase.Load(Dir));
    private static readonly Lazy<TriggerLexicon> LazyLexicon = new(() => TriggerLexicon.Load(Dir, Ontology));

    public static PloverOntology Ontology => LazyOntology.Value;

    public static ActorKnowledgeBase Actors => LazyActors.Value;

    public static TriggerLexicon Lexicon => LazyLexicon.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Brink.sln"))) return Path.Combine(dir.FullName, "data");
        }
        throw new InvalidOperationException($"Brink.sln not found above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
