namespace Brink.Text;

/// <summary>What a model file says about itself: which component, which version, what it was trained on and how well it did.</summary>
public sealed record ModelMetadata
{
    /// <summary>Component name ("tagger", "parser", "ner").</summary>
    public required string Component { get; init; }
    /// <summary>Model version, bumped whenever a retrained model is committed.</summary>
    public required string Version { get; init; }
    /// <summary>Training data description (treebank, split, size).</summary>
    public required string TrainingData { get; init; }
    /// <summary>Training date (UTC, ISO 8601 day).</summary>
    public required string Date { get; init; }
    /// <summary>Random seed used by the trainer.</summary>
    public int Seed { get; init; }
    /// <summary>Scores on the development split, by metric name.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();
}
