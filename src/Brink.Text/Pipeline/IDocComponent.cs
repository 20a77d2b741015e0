namespace Brink.Text;

/// <summary>One pipeline stage: takes a document, adds its annotations in place, returns.</summary>
public interface IDocComponent
{
    /// <summary>Short name used in errors, model metadata and the CLI ("tokenizer", "tagger", ...).</summary>
    string Name { get; }

    /// <summary>Adds this component's annotations to <paramref name="doc"/>.</summary>
    void Process(Doc doc);
}
