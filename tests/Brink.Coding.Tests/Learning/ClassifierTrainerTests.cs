using Brink.Coding.Learning;
using Brink.Text;

namespace Brink.Coding.Tests.Learning;

public sealed class ClassifierTrainerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-classifier-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Three classes, each signalled by one of three cue features among noise features shared by all.</summary>
    private static List<(ulong[] Features, int Label)> Examples(int count, int seed)
    {
        var random = new Random(seed);
        var list = new List<(ulong[], int)>();
        for (int k = 0; k < count; k++)
        {
            int label = random.Next(3);
            var bag = new FeatureBag();
            bag.Add(1, $"cue{label}");
            bag.Add(2, $"noise{random.Next(5)}");
            bag.Add(3, $"noise{random.Next(5)}");
            list.Add((bag.ToArray(), label));
        }
        return list;
    }

    private static double Accuracy(Classifier c, List<(ulong[] Features, int Label)> test) =>
        test.Count(e => c.Predict(e.Features).Label == e.Label) / (double)test.Count;

    [Fact]
    public void A_trained_classifier_beats_the_majority_class_on_held_out_examples()
    {
        var c = ClassifierTrainer.Train(["a", "b", "c"], Examples(300, 1), epochs: 5, seed: 3);
        var test = Examples(200, 2);
        double majority = test.GroupBy(e => e.Label).Max(g => g.Count()) / (double)test.Count;
        Assert.True(Accuracy(c, test) > majority + 0.3, $"accuracy {Accuracy(c, test)} vs majority {majority}");
    }

    [Fact]
    public void The_same_examples_and_seed_give_the_same_model_and_it_reads_back_from_a_file()
    {
        var a = ClassifierTrainer.Train(["a", "b", "c"], Examples(200, 1), epochs: 3, seed: 9);
        var b = ClassifierTrainer.Train(["a", "b", "c"], Examples(200, 1), epochs: 3, seed: 9);
        var test = Examples(50, 5);
        Assert.Equal(test.Select(e => a.Predict(e.Features)), test.Select(e => b.Predict(e.Features)));
        var meta = new ModelMetadata { Component = "coder", Version = "t", TrainingData = "fixture", Date = "2026-12-06" };
        string path = Path.Combine(_dir, CoderModel.FileName);
        new CoderModel(a, a, a, a, new CountrySectors([]), new ActorlessTypes(new HashSet<string>()), meta).Write(path);
        var back = CoderModel.Read(path);
        Assert.Equal(["a", "b", "c"], back.Type.Labels);
        Assert.Equal(test.Select(e => a.Predict(e.Features)), test.Select(e => back.Modality.Predict(e.Features)));
    }

    [Fact]
    public void A_model_file_of_another_component_is_refused_with_its_path()
    {
        string path = Path.Combine(_dir, "other.bkm");
        var a = ClassifierTrainer.Train(["a", "b", "c"], Examples(30, 1), epochs: 1, seed: 1);
        new CoderModel(a, a, a, a, new CountrySectors([]), new ActorlessTypes(new HashSet<string>()), new ModelMetadata { Component = "tagger", Version = "t", TrainingData = "x", Date = "2026-12-06" }).Write(path);
        var e = Assert.Throws<ModelFormatException>(() => CoderModel.Read(path));
        Assert.Contains(path, e.Message);
    }
}
