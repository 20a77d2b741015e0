using Brink.Text.Entities;
using Brink.Text.Parsing;
using Brink.Text.Tagging;
using Brink.Text.Tests.Fixtures;
using Brink.Text.Training;

namespace Brink.Text.Tests.Models;

public sealed class ModelFileTests : IDisposable
{
    private readonly string _data = TinyTreebank.WriteFolder(60, 20);
    private readonly string _out;

    public ModelFileTests()
    {
        _out = Path.Combine(_data, "models");
        TextTrainer.Train(_data, _data, _out, new TrainOptions { TaggerEpochs = 2, ParserEpochs = 2, NerEpochs = 2, ParserPrune = 0.05f, Date = "2026-01-01" });
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static string Analyse(TextPipeline p, string text)
    {
        var w = new StringWriter();
        ConlluWriter.Write(p.Process(text), w);
        return w.ToString();
    }

    [Fact]
    public void Saved_and_reloaded_models_predict_identically_and_keep_their_bytes()
    {
        string copy = Path.Combine(_data, "copy");
        Directory.CreateDirectory(copy);
        Tagger.Load(Path.Combine(_out, ModelPaths.Tagger)).Save(Path.Combine(copy, ModelPaths.Tagger));
        Parser.Load(Path.Combine(_out, ModelPaths.Parser)).Save(Path.Combine(copy, ModelPaths.Parser));
        EntityRecognizer.Load(Path.Combine(_out, ModelPaths.Entities)).Save(Path.Combine(copy, ModelPaths.Entities));
        foreach (var name in new[] { ModelPaths.Tagger, ModelPaths.Parser, ModelPaths.Entities })
            Assert.Equal(File.ReadAllBytes(Path.Combine(_out, name)), File.ReadAllBytes(Path.Combine(copy, name)));
        const string text = "Relic met the angry envoy in Vienna . the farmers blamed Weiss .";
        Assert.Equal(Analyse(TextPipeline.Load(_out), text), Analyse(TextPipeline.Load(copy), text));
    }

    [Fact]
    public void Metadata_records_component_date_and_dev_scores()
    {
        var meta = Tagger.Load(Path.Combine(_out, ModelPaths.Tagger)).Metadata;
        Assert.Equal("tagger", meta.Component);
        Assert.Equal("2026-01-01", meta.Date);
        Assert.Contains("upos", meta.Metrics.Keys);
        Assert.Contains("tiny-ud-train.conllu", meta.TrainingData);
    }

    [Fact]
    public void Truncated_model_is_rejected_with_its_path()
    {
        string path = Path.Combine(_out, ModelPaths.Parser);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var e = Assert.Throws<ModelFormatException>(() => Parser.Load(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void Corrupt_model_is_rejected_by_its_checksum()
    {
        string path = Path.Combine(_out, ModelPaths.Tagger);
        var bytes = File.ReadAllBytes(path);
        bytes[^10] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<ModelFormatException>(() => Tagger.Load(path));
        Assert.Contains("checksum", e.Message);
    }

    [Fact]
    public void Wrong_or_foreign_files_are_rejected()
    {
        string text = Path.Combine(_data, "not-a-model.bkm");
        File.WriteAllText(text, "hello, I am not a model");
        Assert.Throws<ModelFormatException>(() => Tagger.Load(text));
        Assert.Throws<ModelFormatException>(() => Tagger.Load(Path.Combine(_data, "missing.bkm")));
        var e = Assert.Throws<ModelFormatException>(() => Parser.Load(Path.Combine(_out, ModelPaths.Tagger)));
        Assert.Contains("not a parser", e.Message);
        File.WriteAllBytes(text, []);
        Assert.Throws<ModelFormatException>(() => EntityRecognizer.Load(text));
    }
}
