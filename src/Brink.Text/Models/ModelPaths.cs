namespace Brink.Text;

/// <summary>File names of the components inside a model folder.</summary>
internal static class ModelPaths
{
    /// <summary>The tagger, lemmatizer and morphology tables.</summary>
    public const string Tagger = "tagger.bkm";
    /// <summary>The dependency parser.</summary>
    public const string Parser = "parser.bkm";
    /// <summary>The named-entity recognizer.</summary>
    public const string Entities = "ner.bkm";
}
