using Brink.Coding.Articles;
using Brink.Text;

namespace Brink.Coding;

/// <summary>
/// Brink's coder: reads an article, runs the English pipeline over it, and returns its events.
/// Loads the text models and the reviewed data files (ontology, lexicon, actors) once.
/// </summary>
public sealed class EventExtractor
{
    private readonly TextPipeline _pipeline;
    private readonly Events.EventCoder _coder;

    private EventExtractor(TextPipeline pipeline, Events.EventCoder coder, string version)
    {
        _pipeline = pipeline;
        _coder = coder;
        Version = version;
    }

    /// <summary>
    /// Which coder this is: Brink's version and a hash of the model and data files, so stored records say what
    /// produced them and a changed model or lexicon is noticed.
    /// </summary>
    public string Version { get; }

    /// <summary>Loads the models in <paramref name="modelDir"/> and the data files in <paramref name="dataDir"/>.</summary>
    /// <remarks>
    /// The coder's trained models (coder.bkm) are used when the folder has them, unless <paramref name="rulesOnly"/>;
    /// without them the coder runs on its rule stages. With <paramref name="keepUnresolved"/>, the learned coder also
    /// returns records whose named actor it cannot resolve (an actor without country or code); by default it leaves them out.
    /// </remarks>
    public static EventExtractor Load(string modelDir, string dataDir, bool keepUnresolved = false, bool rulesOnly = false) =>
        Load(modelDir, dataDir, rulesOnly ? null : Learning.CoderModel.Find(modelDir), keepUnresolved);

    /// <summary>As <see cref="Load(string, string, bool, bool)"/> with the given trained coder model (or none: the rules alone).</summary>
    internal static EventExtractor Load(string modelDir, string dataDir, Learning.CoderModel? model, bool keepUnresolved = false) =>
        new(TextPipeline.Load(modelDir), new Events.EventCoder(Events.CodingKnowledge.Load(dataDir), model, keepUnresolved), CoderVersion.Of(modelDir, dataDir));

    /// <summary>The most characters an article may have by default, in the web API and the CLI alike (coding time grows with it).</summary>
    public const int MaxArticleChars = 200_000;

    /// <summary>A coder over a pipeline and knowledge already loaded (training scores several candidate models on one of each).</summary>
    internal static EventExtractor With(TextPipeline pipeline, Events.CodingKnowledge knowledge, Learning.CoderModel? model, string version) =>
        new(pipeline, new Events.EventCoder(knowledge, model), version);

    /// <summary>Reads an article from text (plain page text or with a Title:/Published: header).</summary>
    public static Article ReadArticle(string text, string inputName, DateOnly? published = null, string? outlet = null) =>
        ArticleReader.Read(text, inputName, published, outlet);

    /// <summary>
    /// Reads every article of an input: an HTML page, JSON lines, or text. A bad JSON line is an error, or, given
    /// <paramref name="skip"/>, reported there and left out while the other lines are read.
    /// </summary>
    public static IEnumerable<Article> ReadArticles(string content, string inputName, DateOnly? published = null, string? outlet = null,
        Action<ArticleFormatException>? skip = null) =>
        ArticleSources.Read(content, inputName, published, outlet, skip);

    /// <summary>Reads the items of an RSS or Atom feed file as articles; a bad item is an error, or, given <paramref name="skip"/>, reported there and left out.</summary>
    public static IReadOnlyList<Article> ReadFeed(string xml, string inputName, DateOnly? published = null, string? outlet = null,
        Action<ArticleFormatException>? skip = null) =>
        FeedArticleReader.Read(xml, inputName, published, outlet, skip);

    /// <summary>A one-sentence article (for evaluation sets coded line by line).</summary>
    public static Article LineArticle(string line, string id, DateOnly? published, string? outlet) =>
        new(new ArticleRef(id, null, published, outlet, null), line, 0, []);

    /// <summary>All events of <paramref name="article"/>, in text order.</summary>
    public IReadOnlyList<EventRecord> Code(Article article) =>
        _coder.Code(article, _pipeline.Process(DatelineMask.Apply(article.Text), sentence => _coder.ReadsParse(article, sentence)));

    /// <summary>Finds the data folder: the given path, else BRINK_DATA, else a "data" folder beside or above the program.</summary>
    public static string ResolveDataDir(string? given)
    {
        if (!string.IsNullOrEmpty(given)) return given;
        var env = Environment.GetEnvironmentVariable("BRINK_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(candidate, "ontology"))) return candidate;
        }
        return "data";
    }
}
