using Brink.Text.Learning;

namespace Brink.Text.Tagging;

/// <summary>
/// Greedy left-to-right POS tagger (UPOS and PTB XPOS predicted as one joint class) over an
/// averaged-perceptron model, plus the lemma and morphology tables that depend on its tags.
/// </summary>
public sealed class Tagger : IDocComponent
{
    internal const string ComponentName = "tagger";
    private readonly SparseModel _model;
    private readonly byte[] _classUpos;
    private readonly short[] _classXpos;
    private readonly Dictionary<ulong, int> _unambiguous;

    internal Tagger(ModelMetadata meta, LabelTable upos, LabelTable xpos, LabelTable joint, SparseModel model,
        Dictionary<ulong, int> unambiguous, LemmaTable lemmas, FeatsTable feats, WordNetLexicon lexicon)
    {
        Metadata = meta;
        Lexicon = lexicon;
        Upos = upos;
        Xpos = xpos;
        Joint = joint;
        _model = model;
        _unambiguous = unambiguous;
        Lemmas = lemmas;
        Feats = feats;
        _classUpos = new byte[joint.Count];
        _classXpos = new short[joint.Count];
        for (int c = 0; c < joint.Count; c++)
        {
            var parts = joint.Name(c).Split(' ');
            _classUpos[c] = (byte)upos.Id(parts[0]);
            _classXpos[c] = (short)xpos.Id(parts[1]);
        }
        _propn = upos.Id("PROPN");
        _noun = upos.Id("NOUN");
        _verb = upos.Id("VERB");
        _wordNetPos = new int[upos.Count];
        foreach (var (tag, pos) in new[] { ("NOUN", WordNetLexicon.Noun), ("VERB", WordNetLexicon.Verb), ("ADJ", WordNetLexicon.Adj), ("ADV", WordNetLexicon.Adv) })
            if (upos.Id(tag) is int id and >= 0 && id < _wordNetPos.Length) _wordNetPos[id] = pos;
    }

    private readonly int _propn, _noun, _verb;
    // The WordNet part of speech an unseen word's lemma is checked against, per UPOS id (0: not checked).
    private readonly int[] _wordNetPos;

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <summary>The model file's metadata.</summary>
    public ModelMetadata Metadata { get; }

    internal LabelTable Upos { get; }
    internal LabelTable Xpos { get; }
    internal LabelTable Joint { get; }
    internal LemmaTable Lemmas { get; }
    internal FeatsTable Feats { get; }
    internal SparseModel Model => _model;
    internal WordNetLexicon Lexicon { get; }

    [ThreadStatic] private static ushort[]? t_lex;
    internal Dictionary<ulong, int> Unambiguous => _unambiguous;

    /// <summary>Gives <paramref name="doc"/> this tagger's label tables and tags it (for gold-tokenized documents).</summary>
    internal void TagStandalone(Doc doc)
    {
        doc.Labels = new LabelSet { Upos = Upos, Xpos = Xpos, Lemmas = Lemmas.Rules, Feats = Feats.Names };
        Process(doc);
    }

    /// <inheritdoc />
    public void Process(Doc doc)
    {
        var hashes = doc.Hashes;
        Span<ulong> f = stackalloc ulong[TaggerFeatures.Max];
        Span<int> scores = stackalloc int[_model.ClassCount];
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var sent = doc.Sentence(s);
            var sh = hashes[sent.StartToken..sent.EndToken];
            if (t_lex is null || t_lex.Length < sh.Length) t_lex = new ushort[Math.Max(256, sh.Length)];
            var lex = t_lex.AsSpan(0, sh.Length);
            for (int i = 0; i < sh.Length; i++)
            {
                ref var d = ref doc.Data(sent.StartToken + i);
                lex[i] = Lexicon.Lookup(doc.Text.AsSpan(d.Start, d.Length));
            }
            int p1 = -1, p2 = -1;
            for (int i = 0; i < sh.Length; i++)
            {
                int c = Predict(sh, lex, i, p1, p2, f, scores);
                ref var t = ref doc.Data(sent.StartToken + i);
                t.Upos = _classUpos[c];
                t.Xpos = _classXpos[c];
                var form = doc.Text.AsSpan(t.Start, t.Length);
                t.Lemma = Lemmas.Lookup(form, sh[i].Lower, t.Upos, t.Upos == _propn, Lexicon, _wordNetPos[t.Upos]);
                t.Feats = Feats.Lookup(sh[i].Lower, t.Upos, t.Xpos);
                bool noun = t.Upos == _noun || t.Upos == _propn;
                t.Sense = noun || t.Upos == _verb ? Lexicon.Supersense(Lemmas.Rules.LowerHash(t.Lemma, form), noun) : (byte)0;
                p2 = p1;
                p1 = c;
            }
        }
    }

    internal int Predict(ReadOnlySpan<WordHashes> sentence, ReadOnlySpan<ushort> lex, int i, int p1, int p2, Span<ulong> f, Span<int> scores)
    {
        if (_unambiguous.TryGetValue(sentence[i].Form, out int c)) return c;
        int n = TaggerFeatures.Extract(sentence, lex, i, p1, p2, f);
        scores.Clear();
        _model.Score(f[..n], scores);
        return SparseModel.ArgMax<int>(scores);
    }

    internal void Save(string path) => ModelFile.Write(path, Metadata, w =>
    {
        w.WriteStrings(Upos.Names);
        w.WriteStrings(Xpos.Names);
        w.WriteStrings(Joint.Names);
        w.WriteSparse(_model);
        MajorityMap.Write(w, _unambiguous);
        Lemmas.Write(w);
        Feats.Write(w);
        Lexicon.Write(w);
    });

    /// <summary>Loads a tagger model file.</summary>
    public static Tagger Load(string path) => ModelFile.Read(path, (meta, r) =>
    {
        if (meta.Component != ComponentName) throw new ModelFormatException(path, $"it holds a '{meta.Component}' model, not a tagger");
        var upos = new LabelTable(r.ReadStrings());
        var xpos = new LabelTable(r.ReadStrings());
        var joint = new LabelTable(r.ReadStrings());
        var model = r.ReadSparse();
        var unamb = MajorityMap.Read(r);
        return new Tagger(meta, upos, xpos, joint, model, unamb, LemmaTable.Read(r), FeatsTable.Read(r), WordNetLexicon.Read(r));
    });
}
