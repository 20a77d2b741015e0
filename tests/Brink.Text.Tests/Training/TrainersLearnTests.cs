using Brink.Text.Parsing;
using Brink.Text.Conllu;
using Brink.Text.Evaluation;
using Brink.Text.Tests.Fixtures;
using Brink.Text.Training;

namespace Brink.Text.Tests.Training;

/// <summary>Each trainer, run on the tiny fixture treebank, must beat a simple baseline on its own training data.</summary>
public sealed class TrainersLearnTests : IClassFixture<TrainersLearnTests.TrainedModels>
{
    public sealed class TrainedModels : IDisposable
    {
        public TrainedModels()
        {
            Data = TinyTreebank.WriteFolder();
            Out = Path.Combine(Data, "models");
            TextTrainer.Train(Data, Data, Out, Options);
            Pipeline = TextPipeline.Load(Out);
        }

        // The shipped parser prune level is tuned to EWT's weight scale; a 120-sentence model's weights are far smaller.
        public static TrainOptions Options { get; } = new() { TaggerEpochs = 4, ParserEpochs = 4, NerEpochs = 4, ParserPrune = 0.05f, Date = "2026-01-01", Seed = 7 };
        public string Data { get; }
        public string Out { get; }
        public TextPipeline Pipeline { get; }
        public void Dispose() => Directory.Delete(Data, recursive: true);
    }

    private readonly TrainedModels _m;

    public TrainersLearnTests(TrainedModels m) => _m = m;

    private TextEvaluationResult Evaluate(string split) =>
        TextEvaluation.Run(_m.Pipeline, Path.Combine(_m.Data, $"tiny-ud-{split}.conllu"), Path.Combine(_m.Data, $"tiny-ud-{split}.iob2"));

    [Fact]
    public void Tagger_beats_the_most_frequent_tag_baseline()
    {
        var sentences = ConlluReader.ReadFile(Path.Combine(_m.Data, "tiny-ud-train.conllu"));
        var words = sentences.SelectMany(s => s.Words).ToList();
        double baseline = 100.0 * words.GroupBy(w => w.Upos).Max(g => g.Count()) / words.Count;
        var r = Evaluate("train");
        Assert.True(r.Upos > Math.Max(baseline, 90), $"UPOS {r.Upos} vs baseline {baseline}");
        Assert.True(r.Lemma > 90, $"lemma {r.Lemma}");
    }

    [Fact]
    public void Parser_beats_the_attach_to_previous_word_baseline()
    {
        var sentences = ConlluReader.ReadFile(Path.Combine(_m.Data, "tiny-ud-train.conllu"));
        var words = sentences.SelectMany(s => s.Words).ToList();
        double baseline = 100.0 * words.Count(w => w.Head == w.Id - 1) / words.Count;
        var r = Evaluate("train");
        Assert.True(r.Uas > Math.Max(baseline, 90), $"UAS {r.Uas} vs baseline {baseline}");
        Assert.True(r.Las > Math.Max(baseline, 80), $"LAS {r.Las} vs baseline {baseline}");
    }

    [Fact]
    public void Entity_recognizer_finds_the_entities_it_was_trained_on()
    {
        var r = Evaluate("train");
        Assert.NotNull(r.NerF1);
        Assert.True(r.NerF1 > 80, $"NER F1 {r.NerF1}");
    }

    [Fact]
    public void Models_generalize_to_the_unseen_dev_split()
    {
        var r = Evaluate("dev");
        Assert.True(r.Upos > 90 && r.Uas > 85, $"dev UPOS {r.Upos}, UAS {r.Uas}");
    }

    [Fact]
    public void Same_seed_and_data_give_the_same_model_bytes()
    {
        string again = Path.Combine(_m.Data, "again");
        TextTrainer.Train(_m.Data, _m.Data, again, TrainedModels.Options);
        foreach (var name in new[] { ModelPaths.Tagger, ModelPaths.Parser, ModelPaths.Entities })
            Assert.Equal(File.ReadAllBytes(Path.Combine(_m.Out, name)), File.ReadAllBytes(Path.Combine(again, name)));
    }

    [Fact]
    public void Parser_decodes_as_if_every_feature_were_scored_at_every_step()
    {
        // The parser keeps the buffer features' sum while the buffer front stays and skips the scores of impossible
        // left arcs; scoring every feature and class at every step, in the training order, must choose the same.
        var parser = _m.Pipeline.Components.OfType<Parser>().Single();
        var doc = _m.Pipeline.Process("the angry farmers blamed the council in Vienna . Tanaka met the envoy . the ships watched the old dogs .");
        var x = new ParseScratch();
        var f = new ulong[ParserFeatures.Max];
        var scores = new int[parser.Model.ClassCount];
        var valid = new bool[ArcEager.Count];
        var slots = ScoreLayout.SlotsOf(ScoreLayout.LabelsOf(scores.Length));
        var inActionOrder = new int[scores.Length];
        int arcs = 0;
        foreach (var sent in doc.Sentences)
        {
            Parser.Fill(doc, sent, x);
            parser.Parse(x, sent.Length);
            var s = new ParseState();
            s.Reset(sent.Length);
            while (!s.IsTerminal)
            {
                int k = ParserFeatures.Extract(s, x.Words, x.Tags, x.Suffixes, x.Senses, f);
                for (int t = 0; t < valid.Length; t++) valid[t] = ArcEager.IsValid(s, (Transition)t);
                Array.Clear(scores);
                parser.Model.Score(f.AsSpan(0, k), scores);
                for (int c = 0; c < inActionOrder.Length; c++) inActionOrder[c] = scores[slots[c]];
                int a = ActionSpace.Best<int>(inActionOrder, valid);
                ArcEager.Apply(s, ActionSpace.TransitionOf(a), ActionSpace.LabelOf(a));
            }
            for (int i = 0; i < sent.Length; i++, arcs++)
            {
                Assert.Equal(s.Head[i] == sent.Length ? -1 : s.Head[i] < 0 ? -2 : s.Head[i], x.Heads[i]);
                Assert.Equal(s.Label[i], x.Labels[i]);
            }
        }
        Assert.True(arcs > 20);
    }

    [Fact]
    public void Pipeline_annotates_raw_text_with_consistent_trees()
    {
        var doc = _m.Pipeline.Process("the dog met the old cat . Karlsen visited the ships in Geneva .");
        Assert.Equal(2, doc.SentenceCount);
        foreach (var s in doc.Sentences)
        {
            var roots = s.Tokens.Count(t => t.Head < 0);
            Assert.Equal(1, roots);
            foreach (var t in s.Tokens)
                if (t.Head >= 0) Assert.InRange(t.Head, s.StartToken, s.EndToken - 1);
        }
        Assert.Contains(doc.Entities, e => e.Label == "PER" && doc.Text[e.Start..e.End] == "Karlsen");
    }
}
