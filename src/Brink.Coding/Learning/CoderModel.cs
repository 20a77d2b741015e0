using Brink.Text;

namespace Brink.Coding.Learning;

/// <summary>
/// The coder's trained decisions, in one model file (models/coder.bkm): which words are events of which type, which
/// phrases are their actors and recipients, which unnamed state arm acted where the text names no actor, and how sure
/// the text is that the event happened.
/// </summary>
internal sealed class CoderModel(Classifier type, Classifier argument, Classifier modality, Classifier implicitActor, CountrySectors countrySectors, ActorlessTypes actorless, ModelMetadata metadata, DecisionSlacks? slacks = null)
{
    public const string FileName = "coder.bkm";
    public const string None = "NONE";

    public Classifier Type { get; } = type;
    public Classifier Argument { get; } = argument;
    public Classifier Modality { get; } = modality;
    public Classifier ImplicitActor { get; } = implicitActor;

    /// <summary>Which arm of a state a bare country stands for, by event type and role.</summary>
    public CountrySectors CountrySectors { get; } = countrySectors;

    /// <summary>The event types a record may be coded for with no actor at all.</summary>
    public ActorlessTypes Actorless { get; } = actorless;

    /// <summary>How far below NONE a type, actor or recipient may score and still be taken: chosen on dev rows when the model is trained.</summary>
    public DecisionSlacks Slacks { get; } = slacks ?? new();

    /// <summary>The file format: 2 added the argument slacks.</summary>
    public const string FormatVersion = "2";
    public ModelMetadata Metadata { get; } = metadata;

    /// <summary>The same models with other slacks or metadata.</summary>
    public CoderModel With(DecisionSlacks slacks, ModelMetadata metadata) => new(Type, Argument, Modality, ImplicitActor, CountrySectors, Actorless, metadata, slacks);

    public void Write(string path) => ModelFile.Write(path, Metadata, w =>
    {
        Type.Write(w);
        Argument.Write(w);
        Modality.Write(w);
        ImplicitActor.Write(w);
        Slacks.Write(w);
        CountrySectors.Write(w);
        Actorless.Write(w);
    });

    public static CoderModel Read(string path) =>
        ModelFile.Read(path, (meta, r) =>
        {
            if (meta.Component != "coder") throw new ModelFormatException(path, $"it holds a '{meta.Component}' model, not the coder's");
            var (type, argument, modality, implicitActor) = (Classifier.Read(r), Classifier.Read(r), Classifier.Read(r), Classifier.Read(r));
            var slacks = DecisionSlacks.Read(r, typeOnly: meta.Version == "1");
            var countrySectors = CountrySectors.Read(r);
            return new CoderModel(type, argument, modality, implicitActor, countrySectors, ActorlessTypes.Read(r), meta, slacks);
        });

    /// <summary>The model in <paramref name="modelDir"/>, or null when the folder has none (the coder then runs on its rules alone).</summary>
    public static CoderModel? Find(string modelDir)
    {
        string path = Path.Combine(modelDir, FileName);
        return File.Exists(path) ? Read(path) : null;
    }
}
