using Brink.Text.Entities;
using Brink.Text.Parsing;
using Brink.Text.Tagging;

namespace Brink.Text;

/// <summary>
/// The English pipeline: tokenizer, sentence splitter, tagger (with lemmas and morphology),
/// entity recognizer and parser, run in that order over one <see cref="Doc"/>. The entity
/// recognizer reads no parse, so it runs first and a caller can choose sentences to parse by them.
/// </summary>
public sealed class TextPipeline
{
    private readonly IDocComponent[] _components;

    private TextPipeline(IDocComponent[] components, LabelSet labels)
    {
        _components = components;
        Labels = labels;
    }

    /// <summary>The components in the order they run.</summary>
    public IReadOnlyList<IDocComponent> Components => _components;

    /// <summary>The label tables of the loaded models.</summary>
    internal LabelSet Labels { get; }

    /// <summary>A pipeline that only tokenizes and splits sentences (no model files needed).</summary>
    public static TextPipeline Blank() => new([new Tokenizer(), new SentenceSplitter()], LabelSet.Empty);

    /// <summary>Loads the models in <paramref name="modelDir"/>; every component file must be present.</summary>
    public static TextPipeline Load(string modelDir)
    {
        if (!Directory.Exists(modelDir))
            throw new DirectoryNotFoundException($"Model folder '{modelDir}' does not exist; pass --models DIR or train with 'brink train text'.");
        var tagger = Tagger.Load(Path.Combine(modelDir, ModelPaths.Tagger));
        var parser = Parser.Load(Path.Combine(modelDir, ModelPaths.Parser));
        string nerPath = Path.Combine(modelDir, ModelPaths.Entities);
        var ner = File.Exists(nerPath) ? EntityRecognizer.Load(nerPath) : null;
        var labels = new LabelSet
        {
            Upos = tagger.Upos, Xpos = tagger.Xpos, Feats = tagger.Feats.Names, Lemmas = tagger.Lemmas.Rules,
            Deps = parser.Deps, Entities = ner?.Tags ?? new LabelTable(["O"]),
        };
        var components = new List<IDocComponent> { new Tokenizer(), new SentenceSplitter(), tagger };
        if (ner is not null) components.Add(ner);
        components.Add(parser);
        return new TextPipeline([.. components], labels);
    }

    /// <summary>Analyses <paramref name="text"/>.</summary>
    public Doc Process(string text) => Process(text, (Predicate<Sentence>?)null);

    /// <summary>
    /// Analyses <paramref name="text"/>, parsing only the sentences <paramref name="parse"/> accepts (all when null);
    /// it sees each sentence tagged, lemmatized and with its entities. The others are marked (<see cref="Sentence.IsParsed"/>).
    /// </summary>
    public Doc Process(string text, Predicate<Sentence>? parse)
    {
        var doc = new Doc(text, Labels) { ParseFilter = parse };
        foreach (var c in _components) c.Process(doc);
        doc.ParseFilter = null;
        return doc;
    }

    /// <summary>Analyses <paramref name="text"/>, adding each component's elapsed ticks to <paramref name="ticks"/> (one slot per component).</summary>
    public Doc Process(string text, Span<long> ticks)
    {
        var doc = new Doc(text, Labels);
        for (int i = 0; i < _components.Length; i++)
        {
            long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            _components[i].Process(doc);
            ticks[i] += System.Diagnostics.Stopwatch.GetTimestamp() - t0;
        }
        return doc;
    }

    /// <summary>Runs only the statistical components over a document that is already tokenized and split.</summary>
    internal void Annotate(Doc doc)
    {
        doc.Labels = Labels;
        foreach (var c in _components)
            if (c is not Tokenizer and not SentenceSplitter) c.Process(doc);
    }

    /// <summary>Finds the model folder: the given path, else BRINK_MODELS, else a "models" folder beside or above the program.</summary>
    public static string ResolveModelDir(string? given)
    {
        if (!string.IsNullOrEmpty(given)) return given;
        var env = Environment.GetEnvironmentVariable("BRINK_MODELS");
        if (!string.IsNullOrEmpty(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models");
            if (File.Exists(Path.Combine(candidate, ModelPaths.Tagger))) return candidate;
        }
        return "models";
    }
}
