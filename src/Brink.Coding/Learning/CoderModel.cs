using Brink.Text;

namespace Brink.Coding.Learning;

/// <summary>
/// The coder's trained decisions, in one model file (models/coder.bkm): which words are events of which type, which
/// phrases are their actors and recipients, which unnamed state arm acted where the text names no actor, and how sure
/// the text is that the event happened.
/// </summary>
internal sealed class CoderModel(Classifier type, Classifier argument, Classifier modality, Classifier implicitActor, CountrySectors countrySectors, ActorlessTypes actorless, ModelMetadata metadata, float typeSlack = 0)
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

    /// <summary>How far below NONE an event type may score and still be taken: chosen on dev rows when the model is trained.</summary>
    public float TypeSlack { get; } = typeSlack;
    public ModelMetadata Metadata { get; } = metadata;

    /// <summary>The same models with another slack or metadata.</summary>
    public CoderModel With(float typeSlack, ModelMetadata metadata) => new(Type, Argument, Modality, ImplicitActor, CountrySectors, Actorless, metadata, typeSlack);

    public void Write(string path) => ModelFile.Write(path, Metadata, w =>
    {
        Type.Write(w);
        Argument.Write(w);
        Modality.Write(w);
        ImplicitActor.Write(w);
        w.Write(TypeSlack);
        CountrySectors.Write(w);
        Actorless.Write(w);
    });

    public static CoderModel Read(string path) =>
        ModelFile.Read(path, (meta, r) =>
        {
            if (meta.Component != "coder") throw new ModelFormatException(path, $"it holds a '{meta.Component}' model, not the coder's");
            var (type, argument, modality, implicitActor) = (Classifier.Read(r), Classifier.Read(r), Classifier.Read(r), Classifier.Read(r));
            float slack = r.ReadSingle();
            var countrySectors = CountrySectors.Read(r);
            return new CoderModel(type, argument, modality, implicitActor, countrySectors, ActorlessTypes.Read(r), meta, slack);
        });

    /// <summary>The model in <paramref name="modelDir"/>, or null when the folder has none (the coder then runs on its rules alone).</summary>
    public static CoderModel? Find(string modelDir)
    {
        string path = Path.Combine(modelDir, FileName);
        return File.Exists(path) ? Read(path) : null;
    }
}
