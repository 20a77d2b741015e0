namespace Brink.Text.Training;

/// <summary>Settings shared by the trainers; the defaults are the ones the shipped models were trained with.</summary>
public sealed record TrainOptions
{
    /// <summary>Which components to train: any of "tagger", "parser", "ner".</summary>
    public IReadOnlySet<string> Components { get; init; } = new HashSet<string> { "tagger", "parser", "ner" };
    /// <summary>Folder of the GeoNames and ISO 3166 tables (../shared/gazetteer) for the NER place-name feature; none when null.</summary>
    public string? GazetteerDir { get; init; }
    /// <summary>WordNet 3.1 folder (../shared/lexicon/wordnet-3.1) for the tagger's part-of-speech lexicon feature; none when null.</summary>
    public string? LexiconDir { get; init; }
    /// <summary>Metadata for a model of <paramref name="component"/> trained with these options.</summary>
    internal ModelMetadata MetadataFor(string component) => new() { Component = component, Version = Version, TrainingData = TrainingData, Date = Date, Seed = Seed };

    /// <summary>Random seed for shuffling and exploration.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Tagger epochs (the best on dev is kept).</summary>
    public int TaggerEpochs { get; init; } = 8;
    /// <summary>Parser epochs (the best on dev is kept).</summary>
    public int ParserEpochs { get; init; } = 15;
    /// <summary>Entity recognizer epochs (the best on dev is kept).</summary>
    public int NerEpochs { get; init; } = 10;
    /// <summary>Entity recognizers trained on different shuffles whose mean weights make the model (1 = a single perceptron).</summary>
    public int NerMembers { get; init; } = 5;
    /// <summary>Tagger and entity weights below this magnitude are dropped from the shipped models.</summary>
    public float Prune { get; init; } = 0.05f;
    /// <summary>Parser weights below this magnitude are dropped (the parser is the big model; 1.0 halves it for 0.2 UAS).</summary>
    public float ParserPrune { get; init; } = 1f;
    /// <summary>A lifted (pseudo-projective) parser label seen on fewer training arcs than this is trained as its plain relation (1 keeps all).</summary>
    public int MinLiftedArcs { get; init; } = 20;
    /// <summary>Model version written into the files.</summary>
    public string Version { get; init; } = "1.0.0";
    /// <summary>Description of the training data written into the files.</summary>
    public string TrainingData { get; init; } = "unknown";
    /// <summary>Date written into the files (UTC day).</summary>
    public string Date { get; init; } = DateTime.UtcNow.ToString("yyyy-MM-dd");
}
