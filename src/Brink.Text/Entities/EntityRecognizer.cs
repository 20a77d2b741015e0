using Brink.Text.Learning;

namespace Brink.Text.Entities;

/// <summary>
/// Named-entity recognizer (PER, ORG, LOC as in UNER): greedy BILOU tagging over an averaged
/// perceptron, restricted to legal tag successions.
/// </summary>
internal sealed class EntityRecognizer : IDocComponent
{
    internal const string ComponentName = "ner";
    private readonly SparseModel _model;
    private readonly bool[] _follows; // [(prev + 1) * count + next]
    private readonly bool[] _canEnd;

    [ThreadStatic] private static ulong[]? t_tags;
    [ThreadStatic] private static byte[]? t_gaz;
    [ThreadStatic] private static byte[]? t_senses;
    [ThreadStatic] private static byte[]? t_runs;
    [ThreadStatic] private static long[]? t_bounds;

    internal EntityRecognizer(ModelMetadata meta, LabelTable tags, SparseModel model, NameGazetteer places)
    {
        Metadata = meta;
        Places = places;
        Tags = tags;
        _model = model;
        int n = tags.Count;
        _follows = new bool[(n + 1) * n];
        _canEnd = new bool[n];
        for (int next = 0; next < n; next++)
        {
            _canEnd[next] = Bilou.CanEnd(tags.Name(next));
            _follows[next] = Bilou.CanFollow(null, tags.Name(next));
            for (int prev = 0; prev < n; prev++) _follows[(prev + 1) * n + next] = Bilou.CanFollow(tags.Name(prev), tags.Name(next));
        }
    }

    /// <inheritdoc />
    public string Name => ComponentName;

    /// <summary>The model file's metadata.</summary>
    public ModelMetadata Metadata { get; }

    /// <summary>BILOU tag names; id 0 is "O".</summary>
    internal LabelTable Tags { get; }

    internal SparseModel Model => _model;

    internal NameGazetteer Places { get; }

    /// <inheritdoc />
    public void Process(Doc doc)
    {
        var hashes = doc.Hashes;
        if (t_tags is null || t_tags.Length < doc.Count) t_tags = new ulong[Math.Max(256, doc.Count)];
        if (t_gaz is null || t_gaz.Length < doc.Count) t_gaz = new byte[Math.Max(256, doc.Count)];
        if (t_senses is null || t_senses.Length < doc.Count) t_senses = new byte[Math.Max(256, doc.Count)];
        if (t_runs is null || t_runs.Length < doc.Count) t_runs = new byte[Math.Max(256, doc.Count)];
        if (t_bounds is null || t_bounds.Length < doc.Count) t_bounds = new long[Math.Max(256, doc.Count)];
        for (int i = 0; i < doc.Count; i++) t_senses[i] = doc.Data(i).Sense;
        for (int i = 0; i < doc.Count; i++) t_tags[i] = doc.Labels.Xpos.HashOf(doc.Data(i).Xpos);
        Span<ulong> f = stackalloc ulong[EntityFeatures.Max];
        Span<int> scores = stackalloc int[_model.ClassCount];
        Span<bool> allowed = stackalloc bool[_model.ClassCount];
        // Which part-of-speech ids are function words, looked up once a document rather than by name at every word.
        Span<bool> function = stackalloc bool[doc.Labels.Upos.Count];
        for (int u = 0; u < function.Length; u++) function[u] = IsFunctionWord(doc.Labels.Upos.Name(u));
        for (int si = 0; si < doc.SentenceCount; si++)
        {
            var sent = doc.Sentence(si);
            var sh = hashes[sent.StartToken..sent.EndToken];
            var tags = t_tags.AsSpan(sent.StartToken, sent.Length);
            var gaz = t_gaz.AsSpan(sent.StartToken, sent.Length);
            var senses = t_senses.AsSpan(sent.StartToken, sent.Length);
            var runs = t_runs.AsSpan(sent.StartToken, sent.Length);
            var bounds = t_bounds.AsSpan(sent.StartToken, sent.Length);
            Places.Tag(sh, gaz);
            NameRuns.Mark(sh, runs, bounds);
            var x = new EntityInput(sh, tags, gaz, senses, runs, bounds, NameRuns.CaseStyle(sh));
            int p1 = -1, p2 = -1;
            bool cased = x.CaseStyle == NameRuns.Normal && SkipsPlainWords;
            for (int i = 0; i < sh.Length; i++)
            {
                int c = cased && p1 <= 0 && (uint)doc.Data(sent.StartToken + i).Upos < (uint)function.Length
                    && function[doc.Data(sent.StartToken + i).Upos] && CannotStartName(sh, gaz, i)
                    ? 0 : Predict(x, i, p1, p2, f, scores, allowed);
                doc.Data(sent.StartToken + i).Entity = (byte)c;
                p2 = p1;
                p1 = c;
            }
        }
    }

    /// <summary>
    /// In normally cased text, a name starts at a capital, a digit, a known place or a lowercase particle right before a
    /// capital ("al-Qaeda", "bin Laden", "de Blasio"): any other word after an "O" is an "O" without scoring.
    /// </summary>
    internal static bool CannotStartName(ReadOnlySpan<WordHashes> sh, ReadOnlySpan<byte> gaz, int i)
    {
        const WordClass NameLike = WordClass.Title | WordClass.AllUpper | WordClass.HasDigit;
        if (gaz[i] != 0 || (sh[i].Class & NameLike) != 0) return false;
        return (i + 1 >= sh.Length || (sh[i + 1].Class & NameLike) == 0) && (i + 2 >= sh.Length || (sh[i + 2].Class & NameLike) == 0);
    }

    // Web text writes some names in lower case ("google", "yahoo answers"), never as these word classes.
    private static bool IsFunctionWord(string upos) => upos is "DET" or "ADP" or "AUX" or "PRON" or "CCONJ" or "SCONJ" or "PART" or "PUNCT" or "VERB" or "ADV";

    /// <summary>Whether words that cannot start a name are tagged "O" unscored (<see cref="CannotStartName"/>); tests compare both.</summary>
    internal bool SkipsPlainWords { get; set; } = true;

    internal int Predict(in EntityInput x, int i, int p1, int p2, Span<ulong> f, Span<int> scores, Span<bool> allowed)
    {
        int n = Tags.Count;
        int k = EntityFeatures.Extract(x, i, p1, p2, f);
        scores.Clear();
        _model.Score(f[..k], scores);
        bool last = i == x.Length - 1;
        for (int c = 0; c < n; c++) allowed[c] = _follows[(p1 + 1) * n + c] && (!last || _canEnd[c]);
        int best = SparseModel.ArgMax<int>(scores, allowed);
        return best < 0 ? 0 : best;
    }

    internal void Save(string path) => ModelFile.Write(path, Metadata, w =>
    {
        w.WriteStrings(Tags.Names);
        w.WriteSparse(_model);
        Places.Write(w);
    });

    /// <summary>Loads an entity recognizer model file.</summary>
    public static EntityRecognizer Load(string path) => ModelFile.Read(path, (meta, r) =>
    {
        if (meta.Component != ComponentName) throw new ModelFormatException(path, $"it holds a '{meta.Component}' model, not an entity recognizer");
        return new EntityRecognizer(meta, new LabelTable(r.ReadStrings()), r.ReadSparse(), NameGazetteer.Read(r));
    });
}
