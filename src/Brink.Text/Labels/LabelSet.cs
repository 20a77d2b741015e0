namespace Brink.Text;

/// <summary>The label tables of one pipeline: the names behind a <see cref="Doc"/>'s integer annotations.</summary>
internal sealed class LabelSet
{
    /// <summary>A label set with no labels (documents that are only tokenized).</summary>
    public static LabelSet Empty { get; } = new();

    /// <summary>Universal POS tags.</summary>
    public LabelTable Upos { get; init; } = new();
    /// <summary>Penn Treebank tags.</summary>
    public LabelTable Xpos { get; init; } = new();
    /// <summary>Morphological feature bundles.</summary>
    public LabelTable Feats { get; init; } = new();
    /// <summary>Dependency relations.</summary>
    public LabelTable Deps { get; init; } = new();
    /// <summary>Entity tags (BILOU).</summary>
    public LabelTable Entities { get; init; } = new(["O"]);
    /// <summary>Lemma rules.</summary>
    public LemmaRuleTable Lemmas { get; init; } = new();
}
