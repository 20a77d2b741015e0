using System.Runtime.CompilerServices;
using Brink.Text.Learning;

namespace Brink.Text.Parsing;

/// <summary>
/// Labeled dependency parser: greedy arc-eager transitions with their labels chosen by one
/// averaged-perceptron model; non-projective arcs restored by pseudo-projective decoding.
/// </summary>
internal sealed class Parser : IDocComponent
{
    internal const string ComponentName = "parser";
    private readonly SparseModel _model;
    private readonly int _root, _punct, _parataxis;
    private readonly int _labels; // the labels the model scores; Deps grows when lifted labels are lowered

    [ThreadStatic] private static ParseScratch? t_scratch;

    /// <summary>A parser over <paramref name="model"/>, whose classes are in <see cref="ScoreLayout"/> order.</summary>
    private Parser(ModelMetadata meta, LabelTable deps, SparseModel model)
    {
        Metadata = meta;
        Deps = deps;
        _model = model;
        _labels = ScoreLayout.LabelsOf(model.ClassCount);
        _root = deps.Add("root");
        _punct = deps.Add("punct");
        _parataxis = deps.Add("parataxis");
    }

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <summary>The model file's metadata.</summary>
    public ModelMetadata Metadata { get; }

    /// <summary>Relations the label model predicts, lifted ones ("obl|nmod") included.</summary>
    internal LabelTable Deps { get; }

    /// <summary>The model, its classes in <see cref="ScoreLayout"/> order.</summary>
    internal SparseModel Model => _model;

    /// <summary>A parser over a trained <paramref name="model"/>, whose classes are in <see cref="ActionSpace"/> order.</summary>
    internal static Parser FromActionOrder(ModelMetadata meta, LabelTable deps, SparseModel model) =>
        new(meta, deps, model.WithClasses(ScoreLayout.SlotsForClasses(model.ClassCount)));

    /// <summary>The same parser with other metadata.</summary>
    internal Parser With(ModelMetadata meta) => new(meta, Deps, _model);

    /// <inheritdoc />
    public void Process(Doc doc)
    {
        var scratch = t_scratch ??= new ParseScratch();
        for (int si = 0; si < doc.SentenceCount; si++)
        {
            var sent = doc.Sentence(si);
            int n = sent.Length;
            if (n == 0) continue;
            if (doc.ParseFilter is { } parse && !parse(sent))
            {
                for (int i = sent.StartToken; i < sent.EndToken; i++) doc.Data(i).Flags |= TokenFlags.Unparsed;
                continue;
            }
            Fill(doc, sent, scratch);
            Parse(scratch, n);
            var heads = scratch.Heads.AsSpan(0, n);
            var labels = scratch.Labels.AsSpan(0, n);
            Projectivity.Deprojectivize(heads, labels, Deps.Name, Deps.Add);
            FixRoots(doc, sent.StartToken, heads, labels);
            for (int i = 0; i < n; i++)
            {
                ref var t = ref doc.Data(sent.StartToken + i);
                t.Head = heads[i] < 0 ? -1 : sent.StartToken + heads[i];
                t.Dep = (short)labels[i];
            }
        }
    }

    /// <summary>Writes the words, tags, suffixes and senses of <paramref name="sent"/> into <paramref name="scratch"/>, the root after them.</summary>
    internal static void Fill(Doc doc, Sentence sent, ParseScratch scratch)
    {
        int n = sent.Length;
        var hashes = doc.Hashes;
        scratch.Prepare(n);
        for (int i = 0; i < n; i++)
        {
            ref readonly var h = ref hashes[sent.StartToken + i];
            ref var d = ref doc.Data(sent.StartToken + i);
            scratch.Words[i] = h.Lower;
            scratch.Suffixes[i] = h.Suf3;
            scratch.Senses[i] = d.Sense;
            scratch.Tags[i] = ParseScratch.TagHash(doc.Labels.Upos.HashOf(d.Upos), doc.Labels.Xpos.HashOf(d.Xpos));
        }
        scratch.Words[n] = ParseScratch.RootWord;
        scratch.Tags[n] = ParseScratch.RootTag;
        scratch.Suffixes[n] = ParseScratch.RootWord;
        scratch.Senses[n] = ParseScratch.RootSense;
    }

    /// <summary>Greedy decoding into scratch.Heads (root = -1) and scratch.Labels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit] // the buffers are written before they are read (the buffer scores are cleared at the first step)
    internal void Parse(ParseScratch x, int n)
    {
        var s = x.State;
        s.Reset(n);
        Span<ulong> f = stackalloc ulong[ParserFeatures.Max];
        Span<ulong> some = stackalloc ulong[ParserFeatures.Max];
        Span<int> scores = stackalloc int[_model.ClassCount];
        Span<int> bufferScores = stackalloc int[_model.ClassCount];
        Span<bool> valid = stackalloc bool[ArcEager.Count];
        int scoredBuffer = -1;
        while (!s.IsTerminal)
        {
            ParserFeatures.Extract(s, x.Words, x.Tags, x.Suffixes, x.Senses, f);
            for (int t = 0; t < ArcEager.Count; t++) valid[t] = ArcEager.IsValid(s, (Transition)t);
            // Half the transitions (left-arcs, reduces) keep the buffer front, and with it a fifth of the features:
            // their sum is kept, not looked up again. Integer sums do not depend on the order of addition.
            if (s.Buffer != scoredBuffer)
            {
                bufferScores.Clear();
                _model.Score(some[..ParserFeatures.Gather(f, ParserFeatures.BufferSlots, some)], bufferScores);
                scoredBuffer = s.Buffer;
            }
            bufferScores.CopyTo(scores);
            _model.Score(some[..ParserFeatures.Gather(f, ParserFeatures.StateSlots, some)], scores, ScoreLayout.Needed(_labels, valid));
            int action = ScoreLayout.Best(scores, _labels, valid);
            ArcEager.Apply(s, ActionSpace.TransitionOf(action), ActionSpace.LabelOf(action));
        }
        for (int i = 0; i < n; i++)
        {
            x.Heads[i] = s.Head[i] == n ? -1 : s.Head[i] < 0 ? -2 : s.Head[i];
            x.Labels[i] = s.Label[i];
        }
    }

    /// <summary>One root per sentence: the first word attached to the root keeps it; headless words and other root children attach to it.</summary>
    private void FixRoots(Doc doc, int offset, Span<int> heads, Span<int> labels)
    {
        int root = -1;
        for (int i = 0; i < heads.Length && root < 0; i++) if (heads[i] == -1) root = i;
        for (int i = 0; i < heads.Length && root < 0; i++)
            if (heads[i] == -2 && doc.Labels.Upos.Name(doc.Data(offset + i).Upos) != "PUNCT") root = i;
        if (root < 0) root = 0;
        heads[root] = -1;
        labels[root] = _root;
        for (int i = 0; i < heads.Length; i++)
        {
            if (i == root || heads[i] >= 0) continue;
            heads[i] = root;
            labels[i] = doc.Labels.Upos.Name(doc.Data(offset + i).Upos) == "PUNCT" ? _punct : _parataxis;
        }
    }

    internal void Save(string path) => ModelFile.Write(path, Metadata, w =>
    {
        w.WriteStrings(Deps.Names);
        w.WriteSparse(_model, ScoreLayout.SlotsOf(_labels));
    });

    /// <summary>Loads a parser model file.</summary>
    public static Parser Load(string path) => ModelFile.Read(path, (meta, r) =>
    {
        if (meta.Component != ComponentName) throw new ModelFormatException(path, $"it holds a '{meta.Component}' model, not a parser");
        var deps = new LabelTable(r.ReadStrings());
        return new Parser(meta, deps, r.ReadSparse(ScoreLayout.SlotsForClasses));
    });
}
